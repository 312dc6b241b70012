// envVersion in page mode: removed with its comma, except after a
// TypeScript-style cast or a comment, where no fix is offered.
app.globalData.udeskAvsMiniReferer = {
  sdkToken: 't',
  authFailNavigate: { envVersion: 'develop', path: 'pages/index/index' },
  callEndNavigate: {
    path: 'pages/index/index',
    envVersion: 'trial',
  },
  surveryEndNavigate: { path: 'pages/index/index', envVersion: 'release' /* kept */ },
};
