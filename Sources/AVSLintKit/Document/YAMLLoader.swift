/// Loads YAML through libyaml's event API into `Document`s whose every node
/// and key carries a span.
///
/// Plain scalars resolve by the YAML 1.2 core schema, explicit tags are
/// honoured, anchors and aliases resolve under `LoadLimits.maxAliasNodes`,
/// and `<<` merge keys are applied. A libyaml error becomes a positioned
/// `syntax-error`; the documents before it are kept.
public enum YAMLLoader {
    /// Loads every document of a YAML stream.
    /// - Parameters:
    ///   - file: the source; any bytes are accepted (invalid UTF-8 is a `syntax-error`).
    ///   - limits: nesting, alias-expansion and key-size bounds; passing one is a
    ///     `document-too-complex` finding that stops loading.
    /// - Returns: one document per document of the stream, and the findings.
    public static func load(_ file: SourceFile, limits: LoadLimits = .standard) -> LoadResult {
        guard !file.bytes.isEmpty else { return LoadResult() }
        // A UTF-16 byte order mark would make libyaml transcode, and its
        // character indexes would stop matching the bytes: read as UTF-8.
        let b = file.bytes
        let utf16 = b.count >= 2 && (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE)
        return file.bytes.withUnsafeBufferPointer { buffer in
            // The parser reads `buffer` in place; it is created and released
            // inside this closure, so the pointer stays valid for its whole life.
            let parser = YAMLEventParser(input: buffer, forceUTF8: utf16)
            // libyaml skips a leading UTF-8 BOM without counting it as a character.
            var builder = YAMLTreeBuilder(file: file, bytes: buffer, base: utf16 ? 0 : file.bomLength, limits: limits)
            return withExtendedLifetime(parser) { builder.run(parser) }
        }
    }
}
