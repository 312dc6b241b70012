// TEMPORARY stand-in for the schema branch's validator, so the rules branch
// compiles before the merge. Removed when branch `schema` is merged.
public struct SchemaFinding: Sendable, Hashable {
    public var keyword: String
    public var message: String
    public var span: Span
    public var instancePath: String
}

public struct JSONSchema: Sendable {
    public init(_ schema: Node, baseURI: String = "", resources: [String: Node] = [:]) throws {}
    public func validate(_ instance: Node, at path: String = "") -> [SchemaFinding] { [] }
    public func isValid(_ instance: Node) -> Bool { validate(instance).isEmpty }
}
