// Misspelled keys in a page-mode referer: an identifier key stays an
// identifier, a quoted key keeps its own quotes.
const app = getApp();
app.globalData.udeskAvsMiniReferer = {
  sdkToken: 't', // the token
  callEndNavigate: { path: 'pages/index/index' },
  surveryEndNavigate: { path: 'pages/index/index' }, // typo of the platform's own spelling
  'authFailNavigate': { path: 'pages/index/index' },
};
