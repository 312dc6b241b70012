/// Which of the two launch styles a document is written in: a property of
/// the document, decided once from its content by `LaunchShape`, the one
/// detector every format (YAML, JSON, JavaScript) shares.
public enum LaunchMode: String, Sendable, Hashable {
    /// The root holds `udeskAvsMiniReferer` (page navigation inside one mini program).
    case page
    /// The root is the `wx.navigateToMiniProgram` options (`appId`, `path`, `extraData`).
    case miniprogram

    /// The key that holds the launch parameters in either mode.
    public static let refererKey = "udeskAvsMiniReferer"

    /// The names of the five return-navigation objects, in the platform's order.
    public static let navigateNames = [
        "commonNavigate", "callShortAgeNavigate", "authFailNavigate", "callEndNavigate", "surveryEndNavigate",
    ]

    /// The mode of a document's root, or nil when it is not a launch config
    /// (see `LaunchShape.of(_:)` for the rule).
    public static func detect(_ root: Node?) -> LaunchMode? {
        LaunchShape.of(root)?.mode
    }

    /// Where the referer object sits in this mode, as keys from the root.
    public var refererKeys: [String] {
        switch self {
        case .page: return [LaunchMode.refererKey]
        case .miniprogram: return ["extraData", LaunchMode.refererKey]
        }
    }
}
