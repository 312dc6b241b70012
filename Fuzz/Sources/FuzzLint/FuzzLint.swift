import AVSLintKit

/// The whole lint of one file, built once: the embedded launch schema.
/// (Add the rule engine's checker here when main has it.)
private let linter: Linter? = {
    guard let schema = try? LaunchSchemaChecker() else { return nil }
    return Linter(checkers: [schema])
}()

/// libFuzzer entry: lints the input as one file, as JSON when its first
/// byte is '{' or '[' and as YAML otherwise (so both loaders and every
/// checker see mutated input).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let linter else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let json = bytes.first == UInt8(ascii: "{") || bytes.first == UInt8(ascii: "[")
    let path = json ? "fuzz.json" : "fuzz.yaml"
    _ = linter.lint(SourceFile(path: path, bytes: bytes), format: json ? .json : .yaml)
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
