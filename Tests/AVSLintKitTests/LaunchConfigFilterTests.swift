import Testing
@testable import AVSLintKit

/// The byte pre-filter of walked YAML and JSON files: never "no" to what the
/// detector may accept, "no" to the JSONC files around a project.
@Suite struct LaunchConfigFilterTests {
    static func passes(_ text: String, _ format: InputFormat = .yaml) -> Bool {
        LaunchConfigFilter.mayHoldLaunchConfig(Array(text.utf8), format: format)
    }

    @Test(arguments: [
        "udeskAvsMiniReferer:\n  sdkToken: t\n",
        "udeskAvsMiniRefer: {}\n",          // two deleted
        "udeskAvsMiniReferrer: {}\n",       // one inserted
        "udeskavsminireferer: {}\n",        // case
        "UdeskAvsMiniReferer: {}\n",
        "udeksAvsMiinReferer: {}\n",        // two swaps
        "udexkAvsMiniRefxrer: {}\n",        // two substitutions, one each side
        "udesk_avs_mini_referer: {}\n",     // three inserted
        "appId: wx1\npath: pages/preIndex/index?sign=1\nextraData: {udeskAvsMiniRefere: {}}\n",
        "{\"extraData\": {\"from\": 1}, \"path\": \"pages/preIndex/index\"}",
        "path: pages/preindex/index\n",
        "EXTRADATA: 1\n",
    ])
    func mayHoldALaunchConfig(_ text: String) {
        #expect(Self.passes(text), "\(text)")
        #expect(Self.passes(text, .json), "\(text)")
    }

    @Test(arguments: [
        "{\n  // JSONC\n  \"compilerOptions\": {\"paths\": {\"@/*\": [\"src/*\"]}, \"include\": [\"src\"]}\n}\n",
        "{\"pages\": [{\"path\": \"pages/index/index\", \"style\": {\"navigationBarTitleText\": \"uni-app\"}}]}\n",
        "/* uni-app */ {\"name\": \"demo\", \"appid\": \"__UNI__1\", \"mp-weixin\": {\"appid\": \"wx1\", \"setting\": {\"minified\": true, \"urlCheck\": false}}}\n",
        "{\"name\": \"udesk-demo\", \"scripts\": {\"build\": \"vite build\"}}\n",
        "appId: wx0123456789abcdef\npath: pages/index/index\n",
        "",
    ])
    func cannotHoldALaunchConfig(_ text: String) {
        #expect(!Self.passes(text), "\(text)")
    }

    @Test func scriptsUseTheirOwnFilter() {
        #expect(!Self.passes("const extraData = {}\n", .javascript))
        #expect(Self.passes("wx.navigateToMiniProgram({})\n", .javascript))
    }
}
