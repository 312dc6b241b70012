import AVSLintKit

/// The whole lint of one file, built once: the embedded launch schema and
/// the embedded rules, with a signing secret so the signature check runs too.
private let linter: Linter? = {
    guard let schema = try? LaunchSchemaChecker(), let rules = try? RuleSet.embedded() else { return nil }
    let engine = RuleEngine(rules: rules, configuration: Configuration(survey: true, profile: "production"), secret: "fuzz-secret")
    return Linter(checkers: [schema, engine])
}()

/// libFuzzer entry: lints the input as one file, as JSON when its first
/// byte is '{' or '[', as JavaScript when it mentions a launch-config
/// anchor, and as YAML otherwise (so every loader and checker sees mutated input).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let linter else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let format: InputFormat
    if bytes.first == UInt8(ascii: "{") || bytes.first == UInt8(ascii: "[") {
        format = .json
    } else if JSLoader.mentionsLaunchConfig(bytes) {
        format = .javascript
    } else {
        format = .yaml
    }
    _ = linter.lint(SourceFile(path: "fuzz." + format.rawValue, bytes: bytes), format: format)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// SwiftPM links `main` as an alias of `<module>_main`: hand the arguments to libFuzzer.
@_cdecl("FuzzLint_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    // Build the linter before the first input: compiling the schema's
    // patterns leaks a few kB inside the standard library's Regex parser
    // (once per pattern, not per input), which LeakSanitizer would otherwise
    // blame on whichever input ran first.
    guard linter != nil else { return 1 }
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzLint(data, size) }
}
