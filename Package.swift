// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Stipple",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "StippleCore", targets: ["StippleCore"]),
        .executable(name: "stipple", targets: ["stipple"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The healing rules: Foundation only, no I/O, no clock.
        .target(name: "StippleCore"),
        // The command line's commands, as a library so tests can run them in-process.
        .target(
            name: "StippleCLI",
            dependencies: [
                "StippleCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "stipple", dependencies: ["StippleCLI"]),
        .testTarget(name: "StippleCoreTests", dependencies: ["StippleCore"]),
        .testTarget(name: "StippleCLITests", dependencies: ["StippleCLI", "stipple"]),
    ],
    swiftLanguageModes: [.v6]
)
