app.globalData.udeskAvsMiniReferer = {
  sdkToken: "t", /* the rest of the file
  is a comment
