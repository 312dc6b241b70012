import Foundation
import Testing

/// `--fix` and `--fix-dry-run` on the fixture triples of Tests/Fixtures/fix:
/// `NAME.in.EXT` is fixed to exactly `NAME.out.EXT`, the findings left are
/// `NAME.after` (gcc format), the dry run prints exactly `NAME.diff`, and a
/// second `--fix` changes nothing.
@Suite struct FixTests {
    static let folder = CLIRunner.fixtures.appendingPathComponent("fix")
    /// The secret the `sign-*` fixtures are checked and re-signed with.
    static let secret = "S3cret-for-tests"

    static func inputs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.contains(".in.") }.sorted()
    }

    static func parts(_ input: String) -> (base: String, ext: String) {
        let base = String(input[..<(input.range(of: ".in.")?.lowerBound ?? input.endIndex)])
        return (base, (input as NSString).pathExtension)
    }

    static func environment(_ input: String) -> [String: String] {
        input.hasPrefix("sign-") ? ["UDESK_AVS_SECRET": secret] : [:]
    }

    static func scratchCopy(of input: String) throws -> URL {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appendingPathComponent(input), to: scratch.appendingPathComponent(input))
        return scratch
    }

    @Test func everyInputHasItsExpectedFiles() throws {
        #expect(Self.inputs().count >= 20)
        for input in Self.inputs() {
            let (base, ext) = Self.parts(input)
            for expected in ["\(base).out.\(ext)", "\(base).after", "\(base).diff"] {
                #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(expected).path), "\(expected)")
            }
        }
    }

    @Test(arguments: inputs())
    func fixGivesTheExpectedBytesAndFindings(_ input: String) throws {
        let (base, ext) = Self.parts(input)
        let scratch = try Self.scratchCopy(of: input)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent(input)
        let outcome = try CLIRunner.run(["--fix", "--format", "gcc", input], in: scratch, environment: Self.environment(input))
        let expectedBytes = try Data(contentsOf: Self.folder.appendingPathComponent("\(base).out.\(ext)"))
        let expectedAfter = try String(contentsOf: Self.folder.appendingPathComponent("\(base).after"), encoding: .utf8)
        #expect(try Data(contentsOf: file) == expectedBytes)
        #expect(outcome.stdout == expectedAfter)
        #expect(outcome.status == (expectedAfter.contains(": error: ") ? 1 : 0))
        let original = try Data(contentsOf: Self.folder.appendingPathComponent(input))
        #expect(outcome.stderr.hasPrefix("avslint: applied ") == (original != expectedBytes))

        // Idempotence: a second run changes nothing, not even the inode or mtime.
        let before = try FileManager.default.attributesOfItem(atPath: file.path)
        let again = try CLIRunner.run(["--fix", "--format", "gcc", input], in: scratch, environment: Self.environment(input))
        let after = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(again.stdout == expectedAfter)
        #expect(again.stderr == "")
        #expect(try Data(contentsOf: file) == expectedBytes)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
    }

    @Test(arguments: inputs())
    func dryRunPrintsTheExpectedDiffAndChangesNothing(_ input: String) throws {
        let (base, _) = Self.parts(input)
        let scratch = try Self.scratchCopy(of: input)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent(input)
        let outcome = try CLIRunner.run(["--fix-dry-run", input], in: scratch, environment: Self.environment(input))
        let expected = try Data(contentsOf: Self.folder.appendingPathComponent("\(base).diff"))
        #expect(Data(outcome.stdout.utf8) == expected)
        #expect(try Data(contentsOf: file) == Data(contentsOf: Self.folder.appendingPathComponent(input)))
        let after = try String(contentsOf: Self.folder.appendingPathComponent("\(base).after"), encoding: .utf8)
        #expect(outcome.status == (after.contains(": error: ") ? 1 : 0))
    }

    @Test func dryRunDiffIsExact() throws {
        let scratch = try Self.scratchCopy(of: "crlf.in.yaml")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outcome = try CLIRunner.run(["--fix-dry-run", "./crlf.in.yaml"], in: scratch)
        #expect(outcome.stdout == """
            --- a/crlf.in.yaml
            +++ b/crlf.in.yaml
            @@ -2,9 +2,8 @@
               sdkToken: t # CRLF file\r
               authFailNavigate:\r
                 path: "pages/index/index"\r
            -    envVersion: develop\r
               callEndNavigate: {path: pages/index/index}\r
            -  surveyEndNavigate: {path: pages/index/index}\r
            +  surveryEndNavigate: {path: pages/index/index}\r
               customerInfo:\r
                 telephones:\r
            -      - content: 13312223333\r
            +      - content: "13312223333"\r

            """)
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }

    @Test func aFileWithoutFixesIsNeverWritten() throws {
        let scratch = try Self.scratchCopy(of: "unknown-key-taken.in.yaml")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("unknown-key-taken.in.yaml")
        let before = try FileManager.default.attributesOfItem(atPath: file.path)
        Thread.sleep(forTimeInterval: 0.01)
        let outcome = try CLIRunner.run(["--fix", "--format", "gcc", "."], in: scratch)
        let after = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "")
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["unknown-key-taken.in.yaml"])
    }

    /// Tests run as root, where a read-only folder does not stop a write, so
    /// the write is made to fail with a file-size limit of zero (and SIGXFSZ
    /// ignored, so `write` returns EFBIG): the temporary file cannot be
    /// filled, the original must stay intact and no temporary file is left.
    @Test func aFailedWriteLeavesTheOriginalIntact() throws {
        let input = "unknown-key.in.yaml"
        let scratch = try Self.scratchCopy(of: input)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let original = try Data(contentsOf: scratch.appendingPathComponent(input))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" --fix --format gcc \(input)", CLIRunner.executable.path]
        process.currentDirectoryURL = scratch
        let err = Pipe()
        let out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr == "avslint: cannot write '\(input)': File too large\n")
        #expect(stdout == "unknown-key.in.yaml:5:3: error: unknown key 'surveyEndNavigate'; did you mean 'surveryEndNavigate'? [schema/unknown-key]\n")
        #expect(try Data(contentsOf: scratch.appendingPathComponent(input)) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [input])
    }

    @Test func fixAndDryRunTogetherIsAUsageError() throws {
        let outcome = try CLIRunner.run(["--fix", "--fix-dry-run", "examples/page-mode-demo.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "avslint: --fix and --fix-dry-run cannot be used together\n")
        #expect(outcome.stdout == "")
    }

    /// The SARIF report's `fixes[].artifactChanges` (0-based byte offsets,
    /// a BOM counted) and the JSON report's `fix.edits`, applied to the
    /// input, give the same bytes as `--fix` for a one-pass fixture.
    @Test(arguments: ["bom-crlf.in.json", "unknown-key.in.yaml", "env-version-block.in.yaml"])
    func reportedFixesApplyToTheExpectedBytes(_ input: String) throws {
        let (base, ext) = Self.parts(input)
        let original = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(input)))
        let expected = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("\(base).out.\(ext)")))
        func applied(_ edits: [(start: Int, end: Int, text: String)]) -> [UInt8] {
            var bytes = original
            for edit in edits.sorted(by: { $0.start > $1.start }) {
                bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.utf8))
            }
            return bytes
        }
        let sarif = try CLIRunner.run(["--format", "sarif", input], in: Self.folder)
        let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        var sarifEdits: [(start: Int, end: Int, text: String)] = []
        for result in results {
            for fix in result["fixes"] as? [[String: Any]] ?? [] {
                for change in fix["artifactChanges"] as? [[String: Any]] ?? [] {
                    for replacement in change["replacements"] as? [[String: Any]] ?? [] {
                        let region = replacement["deletedRegion"] as? [String: Any]
                        let offset = region?["byteOffset"] as? Int ?? -1
                        let length = region?["byteLength"] as? Int ?? -1
                        let text = (replacement["insertedContent"] as? [String: Any])?["text"] as? String ?? ""
                        sarifEdits.append((offset, offset + length, text))
                    }
                }
            }
        }
        #expect(!sarifEdits.isEmpty)
        #expect(applied(sarifEdits) == expected)

        let json = try CLIRunner.run(["--format", "json", input], in: Self.folder)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        var jsonEdits: [(start: Int, end: Int, text: String)] = []
        for diagnostic in report?["diagnostics"] as? [[String: Any]] ?? [] {
            for edit in (diagnostic["fix"] as? [String: Any])?["edits"] as? [[String: Any]] ?? [] {
                jsonEdits.append((edit["start"] as? Int ?? -1, edit["end"] as? Int ?? -1, edit["replacement"] as? String ?? ""))
            }
        }
        #expect(applied(jsonEdits) == expected)
    }
}
