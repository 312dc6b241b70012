/// Which of the two launch modes a document's root describes.
public enum LaunchConfigMode: String, Sendable {
    /// The root holds `udeskAvsMiniReferer` (page navigation).
    case page
    /// The root holds the `wx.navigateToMiniProgram` options.
    case miniProgram = "miniprogram"

    /// The mode a root node describes, or nil when it is not a launch config.
    public init?(root: Node?) {
        guard let root, root.members != nil else { return nil }
        if root.member("udeskAvsMiniReferer") != nil {
            self = .page
        } else if root.member("extraData") != nil || root.member("appId") != nil || root.member("path") != nil {
            self = .miniProgram
        } else {
            return nil
        }
    }
}
