@testable import AVSLintKit

/// Builds nodes by hand for tests that need no loader.
enum N {
    static let span = Span.fileStart

    static func str(_ s: String) -> Node {
        Node(.scalar(Scalar(.string(s), text: s, style: .doubleQuoted)), span: span)
    }

    static func num(_ text: String) -> Node {
        Node(.scalar(Scalar(.number(Number(decimal: text) ?? Number(integer: [0x30], negative: false)), text: text, style: .plain)), span: span)
    }

    static let null = Node(.scalar(Scalar(.null, text: "null", style: .plain)), span: span)

    static func bool(_ b: Bool) -> Node {
        Node(.scalar(Scalar(.bool(b), text: b ? "true" : "false", style: .plain)), span: span)
    }

    static func seq(_ items: [Node]) -> Node {
        Node(.sequence(items), span: span)
    }

    static func map(_ pairs: KeyValuePairs<String, Node>) -> Node {
        Node(.mapping(pairs.map { Member(key: Node(.scalar(Scalar(.string($0.key), text: $0.key, style: .plain)), span: span), value: $0.value) }), span: span)
    }

    static let computed = Node(.computed, span: span)
}

/// The first document of YAML text.
func yamlDocument(_ text: String, path: String = "t.yaml") -> (Document, SourceFile) {
    let file = SourceFile(path: path, text: text)
    let result = YAMLLoader.load(file)
    return (result.documents.first ?? Document(root: nil, index: 0), file)
}

/// `rule line:col` of each diagnostic, sorted.
func ruleFindings(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.sorted(by: Diagnostic.sortOrder).map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column)" }
}
