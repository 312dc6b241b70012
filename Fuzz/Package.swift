// swift-tools-version:6.0
// libFuzzer targets for avslint, kept out of the main package so its build
// never sees sanitizer flags. Build and run with `scripts/fuzz TARGET SECONDS`
// (it builds every module with `-sanitize=address` and libFuzzer's coverage
// instrumentation, and links libFuzzer into these three targets only: the
// main package's build-tool plugin runs an executable, EmbedGen, that must not
// get libFuzzer's `main`).
import PackageDescription

let avslintKit: [Target.Dependency] = [.product(name: "AVSLintKit", package: "avslint")]
// The entry points are @_cdecl functions, so the files parse as a library.
let library: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "avslint-fuzz",
    dependencies: [
        // The name keeps the identity stable whatever the checkout folder is called.
        .package(name: "avslint", path: ".."),
    ],
    targets: [
        .executableTarget(name: "FuzzYAML", dependencies: avslintKit, swiftSettings: library, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzJSON", dependencies: avslintKit, swiftSettings: library, linkerSettings: fuzzerLink),
        .executableTarget(name: "FuzzLint", dependencies: avslintKit, swiftSettings: library, linkerSettings: fuzzerLink),
    ],
    swiftLanguageModes: [.v6]
)
