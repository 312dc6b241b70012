import AVSLintKit

/// Where each requested report goes: `--format F [--output FILE]`, repeatable.
/// An `--output` belongs to the `--format` before it (or to the only one).
struct ReportTarget: Equatable {
    var format: String
    var output: String?

    /// Pairs formats with outputs in command-line order.
    /// - Throws: a message when two reports would both go to standard output,
    ///   or a format is unknown.
    static func pair(arguments: [String]) throws -> [ReportTarget] {
        var targets: [ReportTarget] = []
        var pendingOutput: String?
        var index = 0
        func value(_ name: String, _ argument: String) -> String? {
            if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
            if argument == name, index + 1 < arguments.count {
                index += 1
                return arguments[index]
            }
            return nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if let format = value("--format", argument) {
                targets.append(ReportTarget(format: format, output: pendingOutput))
                pendingOutput = nil
            } else if let output = value("--output", argument) ?? value("-o", argument) {
                if let last = targets.indices.last, targets[last].output == nil {
                    targets[last].output = output
                } else {
                    pendingOutput = output
                }
            }
            index += 1
        }
        if targets.isEmpty || pendingOutput != nil {
            targets.append(ReportTarget(format: "text", output: pendingOutput))
        }
        for target in targets where Reporters.named(target.format) == nil {
            throw LintCommandError("unknown format '\(target.format)'; expected one of \(Reporters.identifiers.joined(separator: ", "))")
        }
        if targets.filter({ $0.output == nil }).count > 1 {
            throw LintCommandError("more than one report would go to standard output; give each --format but one an --output FILE")
        }
        return targets
    }
}

/// A usage problem found after argument parsing (exit 2).
struct LintCommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
