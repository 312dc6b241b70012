wx.navigateToMiniProgram({
  appId: "wx0123456789abcdef" as const,
  path: "pages/preIndex/index" satisfies string,
  extraData: {
    udeskAvsMiniReferer: { sdkToken: "t", callTimes: 2.5 } as Record<string, unknown>,
  } as any,
  envVersion: env!,
} as WechatMiniprogram.NavigateToMiniProgramOption);
