/// What `avslint --version` prints: the version, and the commit the binary
/// was built from when the build knows it.
///
/// `version` is the one place the release version is written; scripts/release
/// reads it from here for the tarball, npm and wheel names. A development build
/// has no commit and prints `0.1.0 (dev)`. scripts/release builds from a copy of
/// the tree in which it replaces the `commit` line below with the commit it
/// copied (`-dirty` appended when the work tree had uncommitted changes), so a
/// release prints `0.1.0 (commit 1a2b3c4d5e6f)` with no network or git at run time.
enum BuildInfo {
    static let version = "0.1.0"
    static let commit: String? = nil

    /// The `--version` line.
    static var versionLine: String {
        guard let commit else { return "\(version) (dev)" }
        return "\(version) (commit \(commit))"
    }
}
