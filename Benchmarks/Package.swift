// swift-tools-version: 6.1
// Benchmarks live in their own package so `swift test` in the main package never builds the
// benchmark library and its dependencies.
import PackageDescription

let package = Package(
    name: "StippleBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Named, because a path dependency otherwise takes the name of the folder it was cloned into.
        .package(name: "Stipple", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "StippleBenchmarks",
            dependencies: [
                .product(name: "StippleCore", package: "Stipple"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/StippleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
