// A TypeScript page signs its jump; the token changed after signing.
const options: WechatMiniprogram.NavigateToMiniProgramOption = {} as any;
wx.navigateToMiniProgram({
  appId: 'wx0123456789abcdef' as string,
  path: 'pages/preIndex/index?sign=9cf541a306d41b45712c1896c59614572d19bbde1292c06c8182d8c0895c09ae&nonce=abc123&timestamp=1700000000',
  extraData: {
    udeskAvsMiniReferer: {
      sdkToken: 'changed-after-signing',
      authFailNavigate: { path: 'pages/index/index' },
    },
  } satisfies Record<string, unknown>,
});
