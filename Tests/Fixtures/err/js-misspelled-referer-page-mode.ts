// Page mode with the referer key misspelled: the platform reads nothing.
getApp().globalData.udeskAvsMiniRefere = {
  sdkToken: 'sdff3fssfccccg',
  authFailNavigate: { path: 'pages/index/index' },
}
wx.navigateTo({ url: '/pages/preIndex/index' })
