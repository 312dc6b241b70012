/// `page/entry-page`: in a script that sets `udeskAvsMiniReferer` (page
/// mode), a `wx|uni|Taro.navigateTo` or `redirectTo` whose `url` names a
/// near miss of the video mini program's entry page `pages/preIndex/index`
/// (`pages/preindex/index`, `pages/preIndx/index`). The user lands on a
/// page that does not exist, or one that never reads the referer.
///
/// The page is the url before `?`; a leading `/` (an absolute path) and a
/// subpackage root before `pages/` (`/udesk/pages/preIndex/index`) are
/// accepted. Only the last three path segments are compared, so a url to
/// any other page of the app (`pages/index/index`) is left alone.
enum PageEntryCheck {
    /// The rule id.
    static let rule = "page/entry-page"
    /// The entry page the integration document names.
    static let entryPage = "pages/preIndex/index"
    /// The most edits a page may be from the entry page to count as a near miss.
    static let maxDistance = 2

    /// The documentation `avslint rules` and `explain` show.
    static let info = RuleInfo(
        id: rule, severity: .error,
        summary: "a navigateTo url is a near miss of 'pages/preIndex/index'",
        description: "Fires in a script that sets `udeskAvsMiniReferer` (page mode) when a `wx.navigateTo` or `redirectTo` (also `uni.` and `Taro.`) has a `url` whose page is within two edits of `pages/preIndex/index` but not it: a case slip (`pages/preindex/index`) or a typo. Page paths are case-sensitive, so the user lands on a blank page and the referer is never read. Write the page exactly `pages/preIndex/index`; a leading `/` and a subpackage root before `pages/` are fine.")

    /// The finding for `url` (a string node), or nil when its page is the
    /// entry page or not near it.
    static func check(_ url: Node, file: String) -> Diagnostic? {
        guard let text = url.string else { return nil }
        let page = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        let segments = page.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 3 else { return nil }
        let tail = segments.suffix(3).joined(separator: "/")
        guard tail != entryPage else { return nil }
        guard tail.lowercased() == entryPage.lowercased() || EditDistance.distance(tail, entryPage) <= maxDistance else { return nil }
        let suggestion = segments.dropLast(3).map { $0 + "/" }.joined() + entryPage
        return Diagnostic(
            ruleID: rule, severity: .error,
            message: "'\(page)' is not the video mini program's entry page; did you mean '\(suggestion)'?",
            file: file, span: url.span)
    }
}
