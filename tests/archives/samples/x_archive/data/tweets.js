window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "326771006337781760",
      "full_text" : "Q1 Что вы публикуете? What do you post? 🖼️ #musesocial",
      "created_at" : "Wed Apr 24 19:00:12 +0000 2013",
      "lang" : "ru",
      "entities" : { "urls" : [ { "expanded_url" : "https://example.org/post" } ], "media" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "326771006337781761",
      "full_text" : "Exhibition news, mostly",
      "created_at" : "Wed Apr 24 19:01:12 +0000 2013",
      "lang" : "en",
      "in_reply_to_status_id_str" : "326771006337781760"
    }
  }
]
