/// One thing to lint.
public enum LintInput: Sendable, Hashable {
    /// A file or a folder (walked); `.` is the working folder.
    case path(String)
    /// Text held in memory under a name (standard input, an editor's
    /// buffer); the name's extension picks the format and its folder the
    /// configuration. Fixes are returned, never written.
    case text(name: String, bytes: [UInt8])
}
