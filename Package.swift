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
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        // Already in the build through the Fluent drivers; named because `ConstraintViolation`
        // reads each driver's own error for the constraint a write broke, the journey read is a
        // PostgresNIO prepared statement, and `SQLiteReadConnections` reads through sqlite-nio's
        // copy of SQLite (its `VaporCSQLite` module, which it offers as no product: a second copy
        // of SQLite in one process would not see the first one's file locks).
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already in the build through Vapor; named for the reminder webhook's requests.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already in the build through Vapor; named for the reminder SMTP client's TLS.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // Already in the build through Vapor; named because the code imports them: hashes and
        // sealed links (Crypto), buffers, event loops and HTTP types (NIO), loggers (Logging).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Reads the OpenAPI document (a YAML resource) for the docs page and the route check.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Tests: every page's whole HTML kept as a snapshot (`PageSnapshotTests`).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        // Tests: the availability rule checked over random schedules (`AvailabilityTests`).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The healing rules: Foundation only, no I/O, no clock.
        .target(name: "StippleCore"),
        // Persistence: migrations, the records and the store that reads and writes them through SQLKit,
        // SQLite and PostgreSQL set-up. No HTTP.
        .target(
            name: "StippleStore",
            dependencies: [
                "StippleCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                // The SHA-256 of each consent document's text, kept with every signature.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The HTTP server: configuration, routes, API controllers and DTOs, authentication.
        .target(
            name: "StippleServer",
            dependencies: [
                "StippleCore",
                "StippleStore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The API's OpenAPI document, kept as YAML where tools can check it.
            resources: [.copy("Resources/openapi.yaml")]
        ),
        // The command line's commands, as a library so tests can run them in-process.
        .target(
            name: "StippleCLI",
            dependencies: [
                "StippleCore",
                "StippleStore",
                "StippleServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "stipple", dependencies: ["StippleCLI"]),
        .testTarget(name: "StippleCoreTests", dependencies: [
            "StippleCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "StippleCLITests", dependencies: ["StippleCLI", "stipple"]),
        .testTarget(
            name: "StippleServerTests",
            dependencies: [
                "StippleServer",
                "StippleStore",
                "StippleCore",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            // Test images, read by path; page snapshots, read by path.
            exclude: ["Fixtures", "__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
