/// Findings grouped by file, over the linted files in order followed by any
/// other file a finding names.
struct FileGroups {
    /// Every file to list, each once.
    var files: [String]
    /// The findings of each file, in input order.
    var diagnostics: [String: [Diagnostic]]

    init(files: [String], diagnostics: [Diagnostic]) {
        var seen = Set<String>()
        var ordered: [String] = []
        for file in files where seen.insert(file).inserted { ordered.append(file) }
        var grouped: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            if seen.insert(diagnostic.file).inserted { ordered.append(diagnostic.file) }
            grouped[diagnostic.file, default: []].append(diagnostic)
        }
        self.files = ordered
        self.diagnostics = grouped
    }
}
