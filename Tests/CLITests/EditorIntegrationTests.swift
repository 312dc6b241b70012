import Foundation
import Testing

/// The editor integrations in examples/editors/ applied to real `gcc` output:
/// the VS Code problem matcher's regular expression and vim's errorformat
/// must capture every field of every finding exactly as the `json` format
/// states it.
@Suite struct EditorIntegrationTests {
    /// One finding as the `json` format states it, the reference the
    /// editors' captures are compared with.
    struct Finding: Equatable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var rule: String

        var description: String { "\(file):\(line):\(column): \(severity): \(message) [\(rule)]" }
    }

    static let editors = CLIRunner.packageRoot.appendingPathComponent("examples/editors")

    /// The findings avslint reports over all `err/` fixtures (run from the
    /// package root, so file names are relative to it, as `fileLocation`
    /// expects), as `gcc` lines and as `json` findings in the same order.
    static func realOutput() throws -> (gccLines: [String], findings: [Finding]) {
        let target = "Tests/Fixtures/err"
        let gcc = try CLIRunner.run(["--format", "gcc", target])
        let json = try CLIRunner.run(["--format", "json", target])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        let findings = diagnostics.map { item in
            Finding(
                file: item["file"] as? String ?? "",
                line: item["line"] as? Int ?? 0,
                column: item["column"] as? Int ?? 0,
                severity: item["severity"] as? String ?? "",
                // gcc prints a message on one line: each line break becomes a space.
                message: (item["message"] as? String ?? "")
                    .replacingOccurrences(of: "\r\n", with: " ")
                    .replacingOccurrences(of: "\n", with: " ")
                    .replacingOccurrences(of: "\r", with: " "),
                rule: item["rule"] as? String ?? "")
        }
        let lines = gcc.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (Array(lines.dropLast()), findings)
    }

    /// The capture groups of `regex` over the whole of `line`, by group
    /// number (0 is the whole match); nil when the line does not match.
    static func captures(_ regex: NSRegularExpression, _ line: String) -> [Int: String]? {
        let range = NSRange(line.startIndex..., in: line)
        guard let match = regex.firstMatch(in: line, range: range), match.range == range else { return nil }
        var groups: [Int: String] = [:]
        for index in 0..<match.numberOfRanges {
            if let groupRange = Range(match.range(at: index), in: line) { groups[index] = String(line[groupRange]) }
        }
        return groups
    }

    // MARK: - VS Code

    /// The `problemMatcher` of the `avslint` task in tasks.json.
    static func problemMatcher() throws -> [String: Any] {
        let data = try Data(contentsOf: editors.appendingPathComponent("vscode/tasks.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let tasks = root?["tasks"] as? [[String: Any]] ?? []
        let task = tasks.first { $0["label"] as? String == "avslint" }
        return task?["problemMatcher"] as? [String: Any] ?? [:]
    }

    @Test func vscodeTaskRunsGCCFormatRelativeToTheWorkspace() throws {
        let data = try Data(contentsOf: Self.editors.appendingPathComponent("vscode/tasks.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let task = (root?["tasks"] as? [[String: Any]])?.first { $0["label"] as? String == "avslint" }
        #expect(task?["command"] as? String == "avslint")
        #expect(task?["args"] as? [String] == ["--format", "gcc", "."])
        let matcher = try Self.problemMatcher()
        #expect(matcher["fileLocation"] as? [String] == ["relative", "${workspaceFolder}"])
        #expect(matcher["owner"] as? String == "avslint")
    }

    @Test func vscodeProblemMatcherCapturesEveryFieldOfRealGCCOutput() throws {
        let matcher = try Self.problemMatcher()
        let pattern = try #require(matcher["pattern"] as? [String: Any])
        let regex = try NSRegularExpression(pattern: try #require(pattern["regexp"] as? String))
        let group = { (field: String) -> Int in pattern[field] as? Int ?? -1 }
        let output = try Self.realOutput()
        #expect(output.gccLines.count == output.findings.count)
        #expect(output.findings.count >= 10)
        for (line, expected) in zip(output.gccLines, output.findings) {
            let groups = try #require(Self.captures(regex, line), "the problem matcher does not match: \(line)")
            let captured = Finding(
                file: groups[group("file")] ?? "",
                line: Int(groups[group("line")] ?? "") ?? 0,
                column: Int(groups[group("column")] ?? "") ?? 0,
                severity: groups[group("severity")] ?? "",
                message: groups[group("message")] ?? "",
                rule: groups[group("code")] ?? "")
            #expect(captured == expected)
        }
    }

    @Test func vscodeProblemMatcherOnOneKnownFinding() throws {
        let pattern = try #require(try Self.problemMatcher()["pattern"] as? [String: Any])
        let regex = try NSRegularExpression(pattern: try #require(pattern["regexp"] as? String))
        let outcome = try CLIRunner.run(["--format", "gcc", "Tests/Fixtures/err/navigate-key-misspelled.yaml"])
        let line = String(outcome.stdout.dropLast())
        let groups = try #require(Self.captures(regex, line))
        #expect(groups[pattern["file"] as? Int ?? -1] == "Tests/Fixtures/err/navigate-key-misspelled.yaml")
        #expect(groups[pattern["line"] as? Int ?? -1] == "8")
        #expect(groups[pattern["column"] as? Int ?? -1] == "3")
        #expect(groups[pattern["severity"] as? Int ?? -1] == "error")
        #expect(groups[pattern["message"] as? Int ?? -1] == "unknown key 'surveyEndNavigate'; did you mean 'surveryEndNavigate'?")
        #expect(groups[pattern["code"] as? Int ?? -1] == "schema/unknown-key")
    }

    @Test func vscodeSettingsPointBothLanguagesAtTheSavedSchema() throws {
        let data = try Data(contentsOf: Self.editors.appendingPathComponent("vscode/settings.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let yamlSchemas = try #require(root["yaml.schemas"] as? [String: Any])
        #expect(Array(yamlSchemas.keys) == ["./.vscode/udesk-avs.schema.json"])
        let jsonSchemas = try #require(root["json.schemas"] as? [[String: Any]])
        #expect(jsonSchemas.map { $0["url"] as? String } == ["./.vscode/udesk-avs.schema.json"])
        // What the settings point at is what `avslint schema` prints: a JSON Schema.
        let schema = try CLIRunner.run(["schema"])
        #expect(schema.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    // MARK: - vim

    /// The documented errorformat for the `gcc` format.
    static let documentedErrorformat = "%f:%l:%c: %t%*[a-z]: %m"

    /// The value of `setlocal errorformat=…` in avslint.vim, with vim's
    /// backslash escapes (`\ `) removed.
    static func vimErrorformat() throws -> String {
        let text = try String(contentsOf: editors.appendingPathComponent("vim/avslint.vim"), encoding: .utf8)
        let prefix = "setlocal errorformat="
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(prefix) })
        var value = ""
        var escaped = false
        for character in line.dropFirst(prefix.count) {
            if escaped || character != "\\" {
                value.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return value
    }

    /// `errorformat` as a regular expression over one line, for the items
    /// the documented format uses: %f, %l, %c, %t, %*[a-z], %m. Groups:
    /// 1 file, 2 line, 3 column, 4 type letter, 5 message.
    static func regex(forErrorformat format: String) throws -> NSRegularExpression {
        var pattern = "^"
        var rest = Substring(format)
        let items: [(String, String)] = [
            ("%f", "(.+?)"), ("%l", "(\\d+)"), ("%c", "(\\d+)"), ("%t", "(.)"), ("%*[a-z]", "[a-z]*"), ("%m", "(.*)"),
        ]
        while let first = rest.first {
            if let item = items.first(where: { rest.hasPrefix($0.0) }) {
                pattern += item.1
                rest = rest.dropFirst(item.0.count)
            } else {
                #expect(first != "%", "unsupported errorformat item at '\(rest)'")
                pattern += NSRegularExpression.escapedPattern(for: String(first))
                rest = rest.dropFirst()
            }
        }
        return try NSRegularExpression(pattern: pattern + "$")
    }

    /// The `vim` on PATH, or nil.
    static func vim() -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("vim")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs the real vim on `gcc` output saved in `folder`: edits `file`,
    /// sources avslint.vim, loads the output with `:cgetfile`, jumps to each
    /// entry and returns where the cursor is, as "file:line:byte column:text
    /// from the cursor on".
    static func vimCursors(gccOutput: String, file: String, in folder: URL, vim: URL) throws -> [String] {
        try Data(gccOutput.utf8).write(to: folder.appendingPathComponent("avslint.out"))
        let script = editors.appendingPathComponent("vim/avslint.vim").path
        let result = folder.appendingPathComponent("cursors.txt")
        let process = Process()
        process.executableURL = vim
        process.currentDirectoryURL = folder
        process.arguments = [
            "-es", "-u", "NONE", "-i", "NONE", "-N",
            "-c", "edit " + file, "-c", "source " + script, "-c", "cgetfile avslint.out",
            "-c", "let g:out = []",
            "-c", "for g:n in range(1, len(getqflist())) | execute 'cc ' . g:n | call add(g:out, bufname('%') . ':' . line('.') . ':' . col('.') . ':' . getline('.')[col('.') - 1 :]) | endfor",
            "-c", "call writefile(g:out, '\(result.path)')", "-c", "qa!",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try String(contentsOf: result, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func vimPutsTheCursorOnTheFindingAfterChineseText() throws {
        guard let vim = Self.vim() else {
            print("skipped: vim is not installed")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-vim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Chinese text before the finding on its line, and a BOM before line 1.
        let text = "\u{FEFF}udeskAvsMiniReferer: {sdkToken: 令牌, level: x}\n"
            + "# 客户\nextra: 1\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("cjk.yaml"))
        try Data("""
            udeskAvsMiniReferer:
              sdkToken: "sdff3fssfccccg"
              customerInfo: { nickName: "王小明", description: "老客户，偏好视频沟通", level: gold }
              authFailNavigate:
                path: "pages/index/index"

            """.utf8).write(to: folder.appendingPathComponent("chinese.yaml"))
        let gcc = try CLIRunner.run(["--format", "gcc", "chinese.yaml"], in: folder)
        #expect(gcc.stdout.hasPrefix("chinese.yaml:3:70: error: 'gold' is not one of"))
        #expect(try Self.vimCursors(gccOutput: gcc.stdout, file: "chinese.yaml", in: folder, vim: vim)
            == ["chinese.yaml:3:96:gold }"])
        // The columns avslint gives are characters; vim lands on the same character.
        let bom = "cjk.yaml:1:44: error: e [r]\ncjk.yaml:1:35: error: e [r]\n"
        #expect(try Self.vimCursors(gccOutput: bom, file: "cjk.yaml", in: folder, vim: vim)
            == ["cjk.yaml:1:48:x}", "cjk.yaml:1:39:, level: x}"])
    }

    @Test func vimErrorformatIsTheDocumentedOne() throws {
        #expect(try Self.vimErrorformat() == Self.documentedErrorformat)
        let text = try String(contentsOf: Self.editors.appendingPathComponent("vim/avslint.vim"), encoding: .utf8)
        #expect(text.contains("setlocal makeprg=avslint\\ --format\\ gcc\\ .\n"))
    }

    @Test func vimErrorformatCapturesEveryFieldOfRealGCCOutput() throws {
        let regex = try Self.regex(forErrorformat: try Self.vimErrorformat())
        let output = try Self.realOutput()
        #expect(output.gccLines.count == output.findings.count)
        for (line, expected) in zip(output.gccLines, output.findings) {
            let groups = try #require(Self.captures(regex, line), "the errorformat does not match: \(line)")
            #expect(groups[1] == expected.file)
            #expect(groups[2] == String(expected.line))
            #expect(groups[3] == String(expected.column))
            // vim reads the type from its first letter: e, w or i.
            #expect(groups[4] == String(expected.severity.prefix(1)))
            // %m takes the rest of the line, rule included.
            #expect(groups[5] == "\(expected.message) [\(expected.rule)]")
        }
    }
}
