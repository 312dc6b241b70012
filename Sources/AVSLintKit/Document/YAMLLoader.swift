/// Loads YAML through libyaml's event API. (Being written.)
public enum YAMLLoader {
    /// Loads every document of a YAML stream.
    public static func load(_ file: SourceFile, limits: LoadLimits = .standard) -> LoadResult {
        LoadResult()
    }
}
