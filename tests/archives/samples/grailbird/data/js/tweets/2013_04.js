Grailbird.data.tweets_2013_04 =
 [ {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "id_str" : "326771006337781780",
  "text" : "Q2 Кто ведёт ваш аккаунт? Who runs your account? 👩‍💻",
  "id" : 326771006337781780,
  "created_at" : "2013-04-23 19:20:00 +0000"
} ]
