// A TypeScript page signs its jump; the token changed after signing.
const options: WechatMiniprogram.NavigateToMiniProgramOption = {} as any;
wx.navigateToMiniProgram({
  appId: 'wx0123456789abcdef' as string,
  path: 'pages/preIndex/index?sign=60658084a3c5321cba7ac60189b2712eeb17c0e7af9aa8249ca0d54c2546e74e&nonce=abc123&timestamp=1700000000',
  extraData: {
    udeskAvsMiniReferer: {
      sdkToken: 'changed-after-signing',
      authFailNavigate: { path: 'pages/index/index' },
    },
  } satisfies Record<string, unknown>,
});
