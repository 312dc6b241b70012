import Foundation
import Testing
@testable import AVSLintKit

/// The JSON Schema Test Suite (draft 2020-12, the 46 required files) run
/// through `JSONSchema`: every test passes except the known failures below.
@Suite struct SchemaSuiteTests {
    /// Tests expected to fail, as "file | case description | test description",
    /// each with why. The suite test fails when one of them starts passing
    /// (remove it) or when a test not listed fails.
    static let knownFailures: [String: String] = [
        // `$vocabulary` is not supported: every keyword the validator knows
        // always applies, whatever vocabularies a custom metaschema declares.
        "vocabulary.json | schema that uses custom metaschema with with no validation vocabulary | no validation: invalid number, but it still validates":
            "$vocabulary is ignored, so 'minimum' still asserts",
    ]

    /// The official 2020-12 metaschema and vocabularies, by `$id`.
    static func metaschemas() throws -> [String: Node] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/metaschema")
        var result: [String: Node] = [:]
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        for file in files {
            let node = try loadSuiteFile(folder.appendingPathComponent(file).path)
            if let id = node["$id"]?.string { result[id] = node }
        }
        return result
    }

    /// Every file under `remotes/`, as `http://localhost:1234/<path>`.
    static func remotes(_ folder: String) throws -> [String: Node] {
        var result: [String: Node] = [:]
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
        for file in files {
            result["http://localhost:1234/" + file] = try loadSuiteFile(folder + "/" + file)
        }
        return result
    }

    struct LoadFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func loadSuiteFile(_ path: String) throws -> Node {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = JSONLoader.load(SourceFile(path: path, bytes: Array(data)))
        guard result.diagnostics.isEmpty, let root = result.documents.first?.root else {
            throw LoadFailure(description: "\(path): \(result.diagnostics.first?.message ?? "no document")")
        }
        return root
    }

    @Test func requiredDraft202012Tests() throws {
        guard let shared = ProcessInfo.processInfo.environment["AVSLINT_SHARED"] else {
            print("skipped: AVSLINT_SHARED is not set, so the JSON Schema Test Suite is not available")
            return
        }
        let suite = shared + "/corpora/json-schema-test-suite"
        var resources = try Self.remotes(suite + "/remotes")
        for (uri, node) in try Self.metaschemas() { resources[uri] = node }
        let files = try FileManager.default.contentsOfDirectory(atPath: suite).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 46)
        var total = 0
        var passed = 0
        var unexpectedFailures: [String] = []
        var unexpectedPasses: [String] = []
        for file in files {
            let cases = try Self.loadSuiteFile(suite + "/" + file).items ?? []
            for testCase in cases {
                let caseName = testCase["description"]?.string ?? "?"
                guard let schemaNode = testCase["schema"], let tests = testCase["tests"]?.items else { continue }
                let schema: JSONSchema?
                var compileError = ""
                do {
                    schema = try JSONSchema(schemaNode, resources: resources)
                } catch {
                    schema = nil
                    compileError = "\(error)"
                }
                for test in tests {
                    total += 1
                    let name = "\(file) | \(caseName) | \(test["description"]?.string ?? "?")"
                    guard let data = test["data"], case .scalar(let flag) = test["valid"]?.value, case .bool(let expected) = flag.value else {
                        unexpectedFailures.append(name + " (malformed test)")
                        continue
                    }
                    var ok = false
                    var detail = compileError
                    if let schema {
                        let fast = schema.isValid(data)
                        let findings = schema.validate(data)
                        ok = fast == expected && findings.isEmpty == expected
                        detail = "isValid \(fast), findings \(findings.map { "\($0.keyword): \($0.message)" })"
                    }
                    if ok { passed += 1 }
                    let known = Self.knownFailures[name] != nil
                    if !ok, !known { unexpectedFailures.append(name + " — " + detail) }
                    if ok, known { unexpectedPasses.append(name) }
                }
            }
        }
        print("json-schema-test-suite: \(passed)/\(total) passed (\(Self.knownFailures.count) known failures)")
        #expect(unexpectedFailures == [], "tests that fail and are not listed as known failures")
        #expect(unexpectedPasses == [], "known failures that now pass: remove them from the list")
    }
}
