var user_details =  {
  "screen_name" : "sample_gallery",
  "location" : "Sample Town",
  "full_name" : "Sample Gallery",
  "bio" : "A gallery that does not exist",
  "id" : "7",
  "created_at" : "2009-05-01 10:00:00 +0000"
}
