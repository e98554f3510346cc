Grailbird.data.tweets_2014_07 = 
 [ {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 87, 109 ],
      "url" : "http:\/\/t.co\/fQUvszpaNO",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=619349620&oldid=619346999",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494970488012414976",
  "text" : "Asdr\u00FAbal Cabrera Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/fQUvszpaNO",
  "id" : 494970488012414976,
  "created_at" : "2014-07-31 22:18:55 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 62, 84 ],
      "url" : "http:\/\/t.co\/BjIh5YhrV5",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=619332339&oldid=619325058",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494931063039610881",
  "text" : "Ron Wyden Wikipedia article edited anonymously from US Senate http:\/\/t.co\/BjIh5YhrV5",
  "id" : 494931063039610881,
  "created_at" : "2014-07-31 19:42:15 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 91, 113 ],
      "url" : "http:\/\/t.co\/VHPfV8fo0P",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=619318049&oldid=615958158",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494899809082699776",
  "text" : "Maker&amp;#39;s Mark Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/VHPfV8fo0P",
  "id" : 494899809082699776,
  "created_at" : "2014-07-31 17:38:03 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 77, 99 ],
      "url" : "http:\/\/t.co\/XX2YxboLw1",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=619303264&oldid=586050980",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494870079205806080",
  "text" : "Hannity &amp;amp; Colmes Wikipedia article edited anonymously from US Senate http:\/\/t.co\/XX2YxboLw1",
  "id" : 494870079205806080,
  "created_at" : "2014-07-31 15:39:55 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 95, 117 ],
      "url" : "http:\/\/t.co\/CxSUs57FJT",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=619298752&oldid=609803756",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494861385483177985",
  "text" : "School of St. Mary (Lake Forest, Illinois) Wikipedia article edited anonymously from US Senate http:\/\/t.co\/CxSUs57FJT",
  "id" : 494861385483177985,
  "created_at" : "2014-07-31 15:05:23 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 82, 104 ],
      "url" : "http:\/\/t.co\/jwuFQARsEy",
      "expanded_url" : "http:\/\/ru.wikipedia.org\/w\/index.php?diff=64533638&oldid=62588697",
      "display_url" : "ru.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494853744925097984",
  "text" : "\u0420\u0435\u0437\u0438\u0433, \u0414\u0436\u043E\u043D Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/jwuFQARsEy",
  "id" : 494853744925097984,
  "created_at" : "2014-07-31 14:35:01 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 82, 104 ],
      "url" : "http:\/\/t.co\/8nSKqlNhYl",
      "expanded_url" : "http:\/\/ru.wikipedia.org\/w\/index.php?diff=64532570&oldid=63573625",
      "display_url" : "ru.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494839670489239553",
  "text" : "\u0413\u0438\u043C\u043D \u0420\u043E\u0441\u0441\u0438\u0438 Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/8nSKqlNhYl",
  "id" : 494839670489239553,
  "created_at" : "2014-07-31 13:39:05 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 113, 135 ],
      "url" : "http:\/\/t.co\/d4Zh7jL7LI",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=619171645&oldid=617872559",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494547991211286528",
  "text" : "List of eduroam sites in the United States Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/d4Zh7jL7LI",
  "id" : 494547991211286528,
  "created_at" : "2014-07-30 18:20:04 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 65, 87 ],
      "url" : "http:\/\/t.co\/M9vZRK4Re1",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=619154122&oldid=619036420",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "494513621322702848",
  "text" : "Sheer khurma Wikipedia article edited anonymously from US Senate http:\/\/t.co\/M9vZRK4Re1",
  "id" : 494513621322702848,
  "created_at" : "2014-07-30 16:03:29 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 78, 100 ],
      "url" : "http:\/\/t.co\/GVBxm5GBPL",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618436053&oldid=617756344",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492710639778148352",
  "text" : "Baghdad Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/GVBxm5GBPL",
  "id" : 492710639778148352,
  "created_at" : "2014-07-25 16:39:05 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 96, 118 ],
      "url" : "http:\/\/t.co\/lh3oxPeCIx",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618415675&oldid=618395415",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492663898903162880",
  "text" : "User talk:143.231.249.138 Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/lh3oxPeCIx",
  "id" : 492663898903162880,
  "created_at" : "2014-07-25 13:33:21 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 76, 98 ],
      "url" : "http:\/\/t.co\/1J5FlxsM9G",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618413726&oldid=617950978",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492659165190696960",
  "text" : "Phish Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/1J5FlxsM9G",
  "id" : 492659165190696960,
  "created_at" : "2014-07-25 13:14:32 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 81, 103 ],
      "url" : "http:\/\/t.co\/vXmm2ssQkl",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618412027&oldid=618019170",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492654758994661376",
  "text" : "Orly Taitz Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/vXmm2ssQkl",
  "id" : 492654758994661376,
  "created_at" : "2014-07-25 12:57:02 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Washington Post",
      "screen_name" : "washingtonpost",
      "indices" : [ 3, 18 ],
      "id_str" : "2467791",
      "id" : 2467791
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 90, 112 ],
      "url" : "http:\/\/t.co\/dls4ICTVwa",
      "expanded_url" : "http:\/\/wapo.st\/1nXUjeg",
      "display_url" : "wapo.st\/1nXUjeg"
    } ]
  },
  "geo" : { },
  "id_str" : "492415289846693888",
  "text" : "RT @washingtonpost: Wikipedia is blocking anonymous edits from a Congressional IP address http:\/\/t.co\/dls4ICTVwa",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/www.socialflow.com\" rel=\"nofollow\"\u003ESocialFlow\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 70, 92 ],
        "url" : "http:\/\/t.co\/dls4ICTVwa",
        "expanded_url" : "http:\/\/wapo.st\/1nXUjeg",
        "display_url" : "wapo.st\/1nXUjeg"
      } ]
    },
    "geo" : { },
    "id_str" : "492353246921768960",
    "text" : "Wikipedia is blocking anonymous edits from a Congressional IP address http:\/\/t.co\/dls4ICTVwa",
    "id" : 492353246921768960,
    "created_at" : "2014-07-24 16:58:56 +0000",
    "user" : {
      "name" : "Washington Post",
      "screen_name" : "washingtonpost",
      "protected" : false,
      "id_str" : "2467791",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/875440182501277696\/n-Ic9nBO_normal.jpg",
      "id" : 2467791,
      "verified" : true
    }
  },
  "id" : 492415289846693888,
  "created_at" : "2014-07-24 21:05:28 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 91, 113 ],
      "url" : "http:\/\/t.co\/74yDA0U1iL",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618310272&oldid=605121983",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492383299038638080",
  "text" : "Coconino High School Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/74yDA0U1iL",
  "id" : 492383299038638080,
  "created_at" : "2014-07-24 18:58:21 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 96, 118 ],
      "url" : "http:\/\/t.co\/6e6vFnOW8q",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618294009&oldid=618292865",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492349170586755073",
  "text" : "User talk:143.231.249.138 Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/6e6vFnOW8q",
  "id" : 492349170586755073,
  "created_at" : "2014-07-24 16:42:44 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 96, 118 ],
      "url" : "http:\/\/t.co\/bisDYwVUvN",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618292226&oldid=618273195",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492345348300759040",
  "text" : "User talk:143.231.249.138 Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/bisDYwVUvN",
  "id" : 492345348300759040,
  "created_at" : "2014-07-24 16:27:33 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 81, 103 ],
      "url" : "http:\/\/t.co\/Pc4772Zdfy",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618274984&oldid=611881289",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492310161558880256",
  "text" : "Eric Topol Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/Pc4772Zdfy",
  "id" : 492310161558880256,
  "created_at" : "2014-07-24 14:07:43 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 81, 103 ],
      "url" : "http:\/\/t.co\/m0qbUmlsV9",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618269239&oldid=614464660",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492297215113953280",
  "text" : "Dan Kildee Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/m0qbUmlsV9",
  "id" : 492297215113953280,
  "created_at" : "2014-07-24 13:16:17 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/tools.wmflabs.org\/anon\/\" rel=\"nofollow\"\u003Eanon-wikipedia\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 84, 106 ],
      "url" : "http:\/\/t.co\/XhPTkx2Idm",
      "expanded_url" : "http:\/\/en.wikipedia.org\/w\/index.php?diff=618268745&oldid=617568905",
      "display_url" : "en.wikipedia.org\/w\/index.php?di\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "492295958823456769",
  "text" : "Moroccan Wall Wikipedia article edited anonymously from US House of Representatives http:\/\/t.co\/XhPTkx2Idm",
  "id" : 492295958823456769,
  "created_at" : "2014-07-24 13:11:17 +0000",
  "user" : {
    "name" : "congress-edits",
    "screen_name" : "congressedits",
    "protected" : false,
    "id_str" : "2612261960",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/486684605655703552\/cHJI5dOc_normal.png",
    "id" : 2612261960,
    "verified" : false
  }
} ]