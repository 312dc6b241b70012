/// What a YAML or JSON file the user named gets when none of its documents
/// is a launch config: one warning, so the run says that nothing was
/// checked instead of passing silently (a walk skips such a file, and
/// `--skip-non-configs` applies the walk's rule to named files).
enum NotALaunchConfig {
    /// The rule id.
    static let rule = "not-a-launch-config"

    /// The warning, at the first document's root; nil when every document is empty.
    static func notice(_ documents: [Document], in file: SourceFile) -> Diagnostic? {
        guard let root = documents.lazy.compactMap(\.root).first else { return nil }
        return Diagnostic(
            ruleID: rule, severity: .warning,
            message: "not a launch config, so nothing was checked: no 'udeskAvsMiniReferer' at the root or in 'extraData', and no 'appId' with a 'path' to 'pages/preIndex/index'",
            file: file.path, span: Span(at: root.span.start))
    }
}
