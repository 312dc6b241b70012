/// A strict RFC 8259 JSON parser that keeps positions.
///
/// It reads the bytes itself (not `JSONSerialization`) so that every key and
/// value carries its span, numbers keep their source text, and a syntax
/// error says what was expected and where. Comments, trailing commas,
/// single quotes, `NaN` and the other JSON5 liberties are syntax errors. A
/// leading UTF-8 byte order mark is allowed.
public enum JSONLoader {
    /// Loads a JSON text as one document (index 0).
    ///
    /// - Parameters:
    ///   - file: the source to read.
    ///   - limits: nesting depth and key length bounds; going past one is a
    ///     `document-too-complex` finding.
    /// - Returns: on success one document and any `duplicate-key` findings;
    ///   on a syntax error no document and exactly one `syntax-error` (or
    ///   `document-too-complex`) finding at the offending text.
    public static func load(_ file: SourceFile, limits: LoadLimits = .standard) -> LoadResult {
        let outcome = file.bytes.withUnsafeBufferPointer { buffer -> Result<(Node, [Diagnostic]), JSONSyntaxError> in
            var parser = JSONParser(bytes: buffer, file: file, limits: limits)
            do throws(JSONSyntaxError) {
                let root = try parser.parse()
                return .success((root, parser.duplicates))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let (root, duplicates)):
            let sorted = duplicates.count > 1
                ? duplicates.sorted { $0.span.start.offset < $1.span.start.offset }
                : duplicates
            return LoadResult(documents: [Document(root: root, index: 0)], diagnostics: sorted)
        case .failure(let error):
            let span = Span(start: file.position(at: error.start), end: file.position(at: error.end))
            let diagnostic = Diagnostic(ruleID: error.ruleID, severity: .error, message: error.message,
                                        file: file.path, span: span)
            return LoadResult(diagnostics: [diagnostic])
        }
    }
}
