Grailbird.data.tweets_2013_05 =
 [ {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "in_reply_to_status_id_str" : "326771006337781780",
  "id_str" : "334000000000000001",
  "text" : "A follow-up a month later",
  "id" : 334000000000000001,
  "created_at" : "2013-05-13 10:00:00 +0000"
}, {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "id_str" : "334000000000000002",
  "text" : "Another tweet, from a guest account",
  "id" : 334000000000000002,
  "created_at" : "2013-05-13 10:05:00 +0000",
  "user" : { "name" : "Sample Guest", "screen_name" : "sample_guest", "id_str" : "8" }
} ]
