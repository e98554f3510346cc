window.YTD.like.part0 = [
  { "like" : { "tweetId" : "1", "fullText" : "not ours" } }
]
