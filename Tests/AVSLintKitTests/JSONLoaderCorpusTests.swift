import Foundation
import Testing
@testable import AVSLintKit

/// The JSON files of the JSON Schema Test Suite copy in AVSLINT_SHARED, or
/// nil (with a printed reason) when the variable is unset.
private func suiteFiles() -> [URL]? {
    guard let shared = ProcessInfo.processInfo.environment["AVSLINT_SHARED"] else {
        print("skipping: AVSLINT_SHARED is not set")
        return nil
    }
    let root = URL(fileURLWithPath: shared).appendingPathComponent("corpora/json-schema-test-suite")
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
}

/// Where our tree differs from Foundation's reading of the same text, or nil.
private func difference(_ node: Node, _ other: Any, at path: String) -> String? {
    switch node.value {
    case .mapping(let members):
        guard let dictionary = other as? [String: Any], dictionary.count == members.count else { return "\(path): object" }
        for member in members {
            guard let value = dictionary[member.name] else { return "\(path): key \(member.name)" }
            if let found = difference(member.value, value, at: path + "/" + member.name) { return found }
        }
        return nil
    case .sequence(let items):
        guard let array = other as? [Any], array.count == items.count else { return "\(path): array" }
        for (index, item) in items.enumerated() {
            if let found = difference(item, array[index], at: "\(path)/\(index)") { return found }
        }
        return nil
    case .computed:
        return "\(path): computed"
    case .scalar(let scalar):
        switch scalar.value {
        case .null: return other is NSNull ? nil : "\(path): null"
        case .string(let text): return (other as? String) == text ? nil : "\(path): string"
        case .bool(let flag):
            guard let number = other as? NSNumber else { return "\(path): bool" }
            return number.boolValue == flag ? nil : "\(path): bool"
        case .number(let value):
            guard let number = other as? NSNumber else { return "\(path): number" }
            let expected = value.doubleValue
            // Foundation may read huge integers as Decimal, whose Double is
            // only close; a relative tolerance still catches a wrong number.
            let close = abs(number.doubleValue - expected) <= abs(expected) * 1e-12
            return close ? nil : "\(path): number \(value.text)"
        }
    }
}

@Test func jsonSchemaTestSuiteLoadsCleanly() throws {
    guard let files = suiteFiles() else { return }
    #expect(files.count > 150)
    for url in files {
        let data = try Data(contentsOf: url)
        let result = JSONLoader.load(SourceFile(path: url.lastPathComponent, bytes: Array(data)))
        #expect(jsonFindings(result) == [], "\(url.path)")
        guard let root = result.documents.first?.root else {
            Issue.record("no document for \(url.path)")
            continue
        }
        let foundation = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        #expect(difference(root, foundation, at: "") == nil, "\(url.path)")
    }
}
