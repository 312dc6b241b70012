import EmbedCore

/// `sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// One run; `tool.driver.rules` lists every known rule (plus a minimal entry
/// for any rule id a finding uses that the context does not know). Artifact
/// URIs are relative to `SRCROOT`, the working directory; columns count
/// Unicode code points. Each result carries the fingerprint `avslint/v1`,
/// an FNV-1a 64 hash of rule id, file, instance path and the text of the
/// span (not the line), so a finding keeps its identity when lines shift.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 (GitHub code scanning)"
    /// `tool.driver.rules` carries every rule's description.
    public static let showsRuleDocumentation = true
    /// Where avslint is documented.
    public static let informationURI = "https://github.com/avslint/avslint"
    /// The schema URI written to `$schema`.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Creates the reporter.
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        var ruleIndex: [String: Int] = [:]
        var rules: [JSONOutput] = []
        for rule in context.rules where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = rules.count
            rules.append(Self.descriptor(for: rule))
        }
        for diagnostic in diagnostics where ruleIndex[diagnostic.ruleID] == nil {
            ruleIndex[diagnostic.ruleID] = rules.count
            rules.append(.object([
                ("id", .string(diagnostic.ruleID)),
                ("name", .string(Self.ruleName(diagnostic.ruleID))),
            ]))
        }
        let results = diagnostics.map { diagnostic in
            result(for: diagnostic, ruleIndex: ruleIndex[diagnostic.ruleID] ?? 0, context: context)
        }
        let driver: JSONOutput = .object([
            ("name", .string("avslint")),
            ("version", .string(context.toolVersion)),
            ("informationUri", .string(Self.informationURI)),
            ("rules", .array(rules)),
        ])
        let run: JSONOutput = .object([
            ("tool", .object([("driver", driver)])),
            ("originalUriBaseIds", .object([
                ("SRCROOT", .object([("uri", .string(FileURI.directory(context.workingDirectory)))])),
            ])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONOutput.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered
    }

    // MARK: - Rules

    private static func descriptor(for rule: RuleInfo) -> JSONOutput {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(ruleName(rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.description))])),
            ("help", .object([
                ("text", .string(rule.description)),
                ("markdown", .string(rule.description)),
            ])),
            ("helpUri", .string(rule.helpURI)),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
        ])
    }

    /// A rule id as an identifier-like name: `navigate/type-mismatch` → `NavigateTypeMismatch`.
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    // MARK: - Results

    private func result(for diagnostic: Diagnostic, ruleIndex: Int, context: ReportContext) -> JSONOutput {
        let artifact = FileURI.artifact(file: diagnostic.file, workingDirectory: context.workingDirectory)
        var artifactLocation: [(String, JSONOutput)] = [("uri", .string(artifact.uri))]
        if artifact.isRelative { artifactLocation.append(("uriBaseId", .string("SRCROOT"))) }

        func physicalLocation(_ span: Span) -> JSONOutput {
            .object([
                ("artifactLocation", .object(artifactLocation)),
                ("region", Self.region(span)),
            ])
        }

        var members: [(String, JSONOutput)] = [
            ("ruleId", .string(diagnostic.ruleID)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(diagnostic.span))])])),
        ]
        if !diagnostic.related.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.related.enumerated().map { index, related in
                .object([
                    ("id", .int(index)),
                    ("physicalLocation", physicalLocation(related.span)),
                    ("message", .object([("text", .string(related.message))])),
                ])
            })))
        }
        let spanText = Self.text(of: diagnostic.span, in: context.sources[diagnostic.file])
        let fingerprint = FNV1a.hex64(
            Array(diagnostic.ruleID.utf8) + [0] + Array(artifact.uri.utf8) + [0]
                + Array(diagnostic.instancePath.utf8) + [0] + spanText)
        members.append(("partialFingerprints", .object([("avslint/v1", .string(fingerprint))])))
        if let fix = diagnostic.fix {
            members.append(("fixes", .array([.object([
                ("description", .object([("text", .string(fix.description))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", .object(artifactLocation)),
                    ("replacements", .array(fix.edits.map { edit in
                        .object([
                            ("deletedRegion", .object([
                                ("byteOffset", .int(edit.start)),
                                ("byteLength", .int(max(0, edit.end - edit.start))),
                            ])),
                            ("insertedContent", .object([("text", .string(edit.replacement))])),
                        ])
                    })),
                ])])),
            ])])))
        }
        return .object(members)
    }

    private static func region(_ span: Span) -> JSONOutput {
        let end = max(span.end, span.start)
        return .object([
            ("startLine", .int(span.start.line)),
            ("startColumn", .int(span.start.column)),
            ("endLine", .int(end.line)),
            ("endColumn", .int(end.line == span.start.line ? max(end.column, span.start.column) : end.column)),
        ])
    }

    /// The bytes under `span` (empty without a source).
    private static func text(of span: Span, in source: SourceFile?) -> [UInt8] {
        guard let bytes = source?.bytes else { return [] }
        let start = min(max(0, span.start.offset), bytes.count)
        let end = min(max(start, span.end.offset), bytes.count)
        return Array(bytes[start..<end])
    }
}
