import AVSLintKit

/// The whole lint of one file through the library's session, set up once:
/// the embedded launch schema and rules, settings in memory, and a signing
/// secret so the signature check runs too.
nonisolated(unsafe) private var session: LintSession? = {
    var options = LintOptions()
    options.configuration = Configuration(survey: true, profile: "production")
    return try? LintSession(options: options, environment: { _ in "fuzz-secret" })
}()

/// libFuzzer entry: lints the input as one in-memory file, as JSON when its first
/// byte is '{' or '[', as JavaScript when it mentions a launch-config
/// anchor, and as YAML otherwise (so every loader and checker sees mutated input).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard session != nil else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let name: String
    if bytes.first == UInt8(ascii: "{") || bytes.first == UInt8(ascii: "[") {
        name = "fuzz.json"
    } else if JSLoader.mentionsLaunchConfig(bytes) {
        name = "fuzz.js"
    } else {
        name = "fuzz.yaml"
    }
    _ = try? session?.run([.text(name: name, bytes: bytes)])
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
    // Build the session before the first input: compiling the schema's
    // patterns leaks a few kB inside the standard library's Regex parser
    // (once per pattern, not per input), which LeakSanitizer would otherwise
    // blame on whichever input ran first.
    guard session != nil else { return 1 }
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzLint(data, size) }
}
