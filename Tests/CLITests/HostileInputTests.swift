import Foundation
import Testing

/// Hostile input at the command line (issue 7, item 4): each case gives its
/// documented finding or exit-2 message in bounded time, and the other file
/// of the same run (`bad.json`) is still linted and reported. The inputs are
/// generated into a temporary folder; none of the large ones is committed.
@Suite struct HostileInputTests {
    /// The finding every run also expects, from the well-behaved neighbour.
    static let neighbour = "bad.json:1:27: error: expected a string key after ',' (trailing commas are not allowed in JSON) [syntax-error]"

    /// A guard against hangs and quadratic blow-ups, not a speed target
    /// (bench/run measures speed): a debug run takes a few seconds on a quiet
    /// machine, a quadratic one would take hours.
    static let timeBound: Duration = .seconds(60)

    /// A temporary folder holding `bad.json`, removed by `remove()`.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-hostile-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try write("bad.json", "{\"udeskAvsMiniReferer\": 1,}\n")
        }

        func write(_ name: String, _ text: String) throws {
            try write(name, Data(text.utf8))
        }

        func write(_ name: String, _ bytes: Data) throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file)
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    /// Runs `avslint --format gcc ARGUMENTS` in `folder` and checks the time bound.
    static func lint(_ arguments: [String], in folder: Folder) throws -> CLIRunner.Outcome {
        let clock = ContinuousClock()
        var outcome: CLIRunner.Outcome?
        let elapsed = try clock.measure {
            outcome = try CLIRunner.run(["--format", "gcc"] + arguments, in: folder.url)
        }
        #expect(elapsed < timeBound, "avslint \(arguments.joined(separator: " ")) took \(elapsed)")
        return try #require(outcome)
    }

    /// Lints `name` (holding `text`) beside `bad.json`; expects exit 1 and
    /// exactly the `expected` lines for `name` plus the neighbour's finding.
    static func expectFindings(_ name: String, _ bytes: Data, _ expected: [String]) throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(name, bytes)
        let outcome = try lint([name, "bad.json"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == (expected + [neighbour]).sortedByFile() + [""])
    }

    static func expectFindings(_ name: String, _ text: String, _ expected: [String]) throws {
        try expectFindings(name, Data(text.utf8), expected)
    }

    static func repeated(_ text: String, _ count: Int) -> String {
        String(repeating: text, count: count)
    }

    // MARK: Deep nesting, every container kind (the limit is 1 000 levels)

    @Test func deepJSONArrays() throws {
        try Self.expectFindings("deep.json", Self.repeated("[", 100_000) + Self.repeated("]", 100_000),
                                ["deep.json:1:1001: error: nesting deeper than 1000 levels [document-too-complex]"])
    }

    @Test func deepJSONObjects() throws {
        try Self.expectFindings("deep.json", Self.repeated("{\"a\":", 100_000) + "1" + Self.repeated("}", 100_000),
                                ["deep.json:1:5001: error: nesting deeper than 1000 levels [document-too-complex]"])
    }

    @Test func deepYAMLFlowSequences() throws {
        try Self.expectFindings("deep.yaml", Self.repeated("[", 100_000) + Self.repeated("]", 100_000) + "\n",
                                ["deep.yaml:1:1001: error: nesting deeper than 1000 levels [document-too-complex]"])
    }

    @Test func deepYAMLFlowMappings() throws {
        try Self.expectFindings("deep.yaml", Self.repeated("{a: ", 100_000) + "1" + Self.repeated("}", 100_000) + "\n",
                                ["deep.yaml:1:4001: error: nesting deeper than 1000 levels [document-too-complex]"])
    }

    @Test func deepYAMLBlockSequences() throws {
        try Self.expectFindings("deep.yaml", Self.repeated("- ", 100_000) + "x\n",
                                ["deep.yaml:1:2001: error: nesting deeper than 1000 levels [document-too-complex]"])
    }

    /// Block mappings nest only by indenting, so depth d needs d²/2 bytes:
    /// 100 000 levels would be a 5 GB file (past the 512 MiB read limit).
    /// 2 000 levels (2 MB) is twice the limit.
    @Test func deepYAMLBlockMappings() throws {
        var text = ""
        for depth in 0..<2_000 { text += Self.repeated(" ", depth) + "a:\n" }
        text += Self.repeated(" ", 2_000) + "a: 1\n"
        try Self.expectFindings("deep.yaml", text,
                                ["deep.yaml:1001:1001: error: nesting deeper than 1000 levels [document-too-complex]"])
    }

    // MARK: Size

    @Test func billionLaughs() throws {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = Array("abcdefghi")
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        text += "udeskAvsMiniReferer: {sdkToken: *i}\n"
        try Self.expectFindings("laughs.yaml", text,
                                ["laughs.yaml:6:8: error: alias expansion exceeds 100000 nodes [document-too-complex]"])
    }

    @Test func oneMegabyteSingleLineStrings() throws {
        let long = Self.repeated("x", 1 << 20)
        try Self.expectFindings("long.json", "{\"udeskAvsMiniReferer\": {\"commonNavigate\": {\"path\": \"p\"}, \"sdkToken\": \"\(long)\"}}\n", [])
        try Self.expectFindings("long.yaml", "udeskAvsMiniReferer:\n  commonNavigate: {path: p}\n  sdkToken: \"\(long)\"\n", [])
        // A finding that quotes the value shortens it.
        try Self.expectFindings("long.yaml", "udeskAvsMiniReferer:\n  sdkToken: t\n  customerInfo:\n    level: \"\(long)\"\n  commonNavigate: {path: p}\n", [
            "long.yaml:4:12: error: '\(Self.repeated("x", 39))… is not one of 'vip', 'normal' [schema/enum]",
        ])
    }

    @Test func oneMegabyteKeys() throws {
        let long = Self.repeated("k", 1 << 20)
        try Self.expectFindings("key.json", "{\"udeskAvsMiniReferer\": {\"\(long)\": 1}}\n",
                                ["key.json:1:26: error: key longer than 65536 bytes [document-too-complex]"])
        // YAML caps an implicit key at 1024 characters; libyaml reports the ':' after it.
        try Self.expectFindings("key.yaml", "udeskAvsMiniReferer:\n  \"\(long)\": 1\n", [
            "key.yaml:2:1048581: error: found ':' where a mapping value is not allowed (quote a value that contains ': ') [syntax-error]",
        ])
    }

    /// 100 000 keys where the schema allows them (custom fields), so the run
    /// measures the loaders and the validator rather than 100 000 messages.
    @Test func hundredThousandKeysInOneMapping() throws {
        let members = (0..<100_000).map { "\"TextField_\($0)\": \"v\"" }.joined(separator: ", ")
        try Self.expectFindings("keys.json", "{\"udeskAvsMiniReferer\": {\"sdkToken\": \"t\", \"commonNavigate\": {\"path\": \"p\"}, \"customerInfo\": {\"customFields\": {\(members)}}}}\n", [])
        let lines = (0..<100_000).map { "      TextField_\($0): v\n" }.joined()
        try Self.expectFindings("keys.yaml", "udeskAvsMiniReferer:\n  sdkToken: t\n  commonNavigate: {path: p}\n  customerInfo:\n    customFields:\n" + lines, [])
    }

    /// Every repeat is a finding at the repeated key.
    @Test func hundredThousandDuplicateKeys() throws {
        let lines = Self.repeated("      TextField_1: v\n", 100_000)
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("dups.yaml", "udeskAvsMiniReferer:\n  sdkToken: t\n  commonNavigate: {path: p}\n  customerInfo:\n    customFields:\n" + lines)
        let outcome = try Self.lint(["dups.yaml", "bad.json"], in: folder)
        #expect(outcome.status == 1)
        let found = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(found.count == 1 + 99_999)
        #expect(found.first == Self.neighbour)
        #expect(found.dropFirst().first == "dups.yaml:7:7: error: duplicate key 'TextField_1'; the last one wins [duplicate-key]")
        #expect(found.last == "dups.yaml:100005:7: error: duplicate key 'TextField_1'; the last one wins [duplicate-key]")
    }

    // MARK: Bytes

    @Test func nulBytes() throws {
        try Self.expectFindings("nul.yaml", Data("udeskAvsMiniReferer:\n  sdkToken: \"a\0b\"\n".utf8),
                                ["nul.yaml:2:15: error: control character U+0000 is not allowed in YAML [syntax-error]"])
        try Self.expectFindings("nul.json", Data("{\"udeskAvsMiniReferer\": {\"sdkToken\": \"a\0b\"}}\n".utf8),
                                ["nul.json:1:40: error: unescaped control character U+0000 in string [syntax-error]"])
    }

    @Test func invalidUTF8InAKey() throws {
        try Self.expectFindings("utf8.yaml", Data("udeskAvsMiniReferer:\n  sdk".utf8) + Data([0xFF]) + Data("Token: x\n".utf8),
                                ["utf8.yaml:2:6: error: invalid UTF-8: byte 0xFF cannot appear here [syntax-error]"])
        try Self.expectFindings("utf8.json", Data("{\"udeskAvsMiniReferer\": {\"sdk".utf8) + Data([0xC3, 0x28]) + Data("Token\": \"x\"}}\n".utf8),
                                ["utf8.json:1:30: error: invalid UTF-8: byte 0xC3 cannot appear here [syntax-error]"])
    }

    // MARK: The file system

    @Test func fifoNamedLikeAConfigInAWalkedFolder() throws {
        let folder = try Folder()
        defer { folder.remove() }
        #expect(mkfifo(folder.path("x.yaml"), 0o644) == 0)
        let outcome = try Self.lint(["."], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout == Self.neighbour + "\n")
        #expect(outcome.stderr == "avslint: cannot read 'x.yaml': not a regular file\n")
    }

    @Test func directoryNamedLikeAConfigGivenAndWalked() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("x.yaml/inner.json", "[\"extraData\",]\n")
        let inner = "inner.json:1:14: error: expected a value after ',' (trailing commas are not allowed in JSON) [syntax-error]"
        let given = try Self.lint(["x.yaml", "bad.json"], in: folder)
        #expect(given.status == 1)
        #expect(given.stdout == Self.neighbour + "\nx.yaml/" + inner + "\n")
        #expect(given.stderr == "")
        let walked = try Self.lint(["."], in: folder)
        #expect(walked.status == 1)
        #expect(walked.stdout == Self.neighbour + "\nx.yaml/" + inner + "\n")
        #expect(walked.stderr == "")
    }

    @Test func symbolicLinkLoopsInAWalkedTree() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: true)
        #expect(symlink(".", folder.path("sub/loop")) == 0)
        #expect(symlink("..", folder.path("sub/up")) == 0)
        #expect(symlink("loop2.yaml", folder.path("loop1.yaml")) == 0)
        #expect(symlink("loop1.yaml", folder.path("loop2.yaml")) == 0)
        let outcome = try CLIRunner.run(["--format", "gcc", "--verbose", "."], in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == Self.neighbour + "\n")
        #expect(outcome.stderr == """
            avslint: skipped 'loop1.yaml': broken symbolic link
            avslint: skipped 'loop2.yaml': broken symbolic link
            avslint: skipped 'sub/loop': symbolic link to a folder
            avslint: skipped 'sub/up': symbolic link to a folder

            """)
    }

    @Test func unreadableFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("secret.yaml", "udeskAvsMiniReferer: {sdkToken: t}\n")
        #expect(chmod(folder.path("secret.yaml"), 0) == 0)
        defer { _ = chmod(folder.path("secret.yaml"), 0o644) }
        let probe = open(folder.path("secret.yaml"), O_RDONLY)
        guard probe < 0 else {
            close(probe)
            print("skipped unreadableFile: this process can read a file with mode 000 (running as root)")
            return
        }
        let outcome = try Self.lint(["secret.yaml", "bad.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout == Self.neighbour + "\n")
        #expect(outcome.stderr == "avslint: cannot read 'secret.yaml': permission denied\n")
    }
}

private extension Array where Element == String {
    /// Lines in gcc-report order: by file name, then as given (the findings
    /// of one file are already in line order).
    func sortedByFile() -> [String] {
        enumerated().sorted { lhs, rhs in
            let left = lhs.element.prefix { $0 != ":" }
            let right = rhs.element.prefix { $0 != ":" }
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
