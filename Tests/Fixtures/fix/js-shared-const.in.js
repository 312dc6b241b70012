// 'nav' is shared by a page-mode and a mini-program launch: its envVersion
// is needed by the second, so only the first launch's own literal is fixed.
const nav = { path: 'pages/index/index', envVersion: 'develop' }
getApp().globalData.udeskAvsMiniReferer = { sdkToken: 't', commonNavigate: nav, authFailNavigate: { path: 'pages/index/index', envVersion: 'trial' } }
const extraData = { udeskAvsMiniReferer: { sdkToken: 't', commonNavigate: nav } }
wx.navigateToMiniProgram({ appId: 'wx0123456789abcdef', path: 'pages/preIndex/index', extraData })
