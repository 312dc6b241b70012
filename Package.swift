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
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .executableTarget(
            name: "EmbedGen",
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
                .product(name: "Crypto", package: "swift-crypto"),
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
            dependencies: ["AVSLintKit"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["avslint"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
