/// Which of the two launch styles a document is written in.
public enum LaunchMode: String, Sendable, Hashable {
    /// The root holds `udeskAvsMiniReferer` (page navigation inside one mini program).
    case page
    /// The root is the `wx.navigateToMiniProgram` options (`appId`, `path`, `extraData`).
    case miniprogram

    /// The names of the five return-navigation objects, in the platform's order.
    public static let navigateNames = [
        "commonNavigate", "callShortAgeNavigate", "authFailNavigate", "callEndNavigate", "surveryEndNavigate",
    ]

    /// The mode of a document's root, or nil when it is not a launch config.
    public static func detect(_ root: Node?) -> LaunchMode? {
        guard let root, root.members != nil else { return nil }
        if root.member("udeskAvsMiniReferer") != nil { return .page }
        if root.member("extraData") != nil || root.member("appId") != nil || root.member("path") != nil {
            return .miniprogram
        }
        return nil
    }

    /// Where the referer object sits in this mode, as keys from the root.
    public var refererKeys: [String] {
        switch self {
        case .page: return ["udeskAvsMiniReferer"]
        case .miniprogram: return ["extraData", "udeskAvsMiniReferer"]
        }
    }
}
