Grailbird.data.tweets_2013_04 =
[ {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "geo" : { },
  "id_str" : "326771006337781770",
  "text" : "A2 We report monthly to leadership #musesocial",
  "id" : 326771006337781770,
  "created_at" : "2013-04-23 19:12:00 +0000",
  "user" : { "name" : "Sample Museum", "screen_name" : "sample_museum", "protected" : false, "id_str" : "3", "profile_image_url_https" : "", "id" : 3, "verified" : false }
} ]
