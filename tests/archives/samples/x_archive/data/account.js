window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sample@example.org",
      "createdVia" : "web",
      "username" : "sample_museum",
      "accountId" : "3",
      "createdAt" : "2010-01-01T00:00:00.000Z",
      "accountDisplayName" : "Sample Museum"
    }
  }
]
