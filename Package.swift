// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "avslint",
    products: [
        .executable(name: "avslint", targets: ["avslint"]),
        .library(name: "AVSLintKit", targets: ["AVSLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // libyaml's header is found on the compiler's default paths (Debian's
        // libyaml-dev, or Homebrew's libyaml through the macOS flags below).
        // No pkgConfig and no `link` line in the module map: the library is
        // linked by AVSLintKit's linkerSettings, statically on Linux, so every
        // build (debug, release, pre-commit's) needs no libyaml at run time.
        .systemLibrary(
            name: "CYAML",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // What EmbedGen (at build time) and AVSLintKit (at run time) must
        // compute alike: Swift string literals and FNV-1a fingerprints.
        .target(
            name: "EmbedCore"
        ),
        .executableTarget(
            name: "EmbedGen",
            dependencies: ["EmbedCore"],
            path: "Sources/EmbedGen"
        ),
        .plugin(
            name: "EmbedPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedGen"]
        ),
        .target(
            name: "AVSLintKit",
            dependencies: [
                "CYAML",
                "EmbedCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: [
                .unsafeFlags(["-Xcc", "-I/opt/homebrew/include"], .when(platforms: [.macOS])),
            ],
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "-l:libyaml.a"], .when(platforms: [.linux])),
                .unsafeFlags(["-L/opt/homebrew/lib"], .when(platforms: [.macOS])),
                .linkedLibrary("yaml", .when(platforms: [.macOS])),
            ],
            plugins: ["EmbedPlugin"]
        ),
        .executableTarget(
            name: "avslint",
            dependencies: [
                "AVSLintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AVSLintKitTests",
            dependencies: ["AVSLintKit", "EmbedCore"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "avslint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
