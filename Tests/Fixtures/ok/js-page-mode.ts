// Page mode in TypeScript: casts, non-null assertions and satisfies are skipped.
interface Referer { udeskAvsMiniReferer: { sdkToken: string; callTimes?: number } }

const app = getApp<{ globalData: Record<string, unknown> }>();
app.globalData.udeskAvsMiniReferer = {
  sdkToken: session.token!,
  callTimes: 1 as number,
  callShortAgeNavigate: { path: "pages/index/index?navigateType=2" },
  authFailNavigate: { path: "pages/index/index?navigateType=1" } satisfies Navigate,
} as Referer["udeskAvsMiniReferer"];
