/// A strict RFC 8259 JSON parser that keeps positions. (Being written.)
public enum JSONLoader {
    /// Loads a JSON text as one document.
    public static func load(_ file: SourceFile, limits: LoadLimits = .standard) -> LoadResult {
        LoadResult()
    }
}
