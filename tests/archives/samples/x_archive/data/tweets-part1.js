window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "id_str" : "326771006337781762",
      "full_text" : "A1 Фотографии из фондов 📷",
      "created_at" : "Wed Apr 24 19:02:12 +0000 2013",
      "lang" : "ru"
    }
  }
]
