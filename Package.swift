// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .executable(name: "parley-torture", targets: ["parley-torture"]),
        .executable(name: "parley-bench", targets: ["parley-bench"]),
        // For the fuzz harness in Fuzz/, a separate package so plain builds never see it.
        .library(name: "ParleyExtract", targets: ["ParleyExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The only C: a module map and shim header over the system's libsqlite3.
        .systemLibrary(
            name: "CParleySQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "ParleySQLite", dependencies: ["CParleySQLite"]),
        .target(name: "ParleyExtract"),
        .executableTarget(name: "MigrationEmbedder"),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["MigrationEmbedder"]
        ),
        .target(
            name: "ParleyArchive",
            dependencies: ["ParleySQLite", "ParleyExtract"],
            plugins: ["EmbedMigrations"]
        ),
        .target(
            name: "ParleyCLI",
            dependencies: [
                "ParleyArchive", "ParleyExtract", "ParleySQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parley", dependencies: ["ParleyCLI"]),
        // The reliability battery: kills, full disks and hostile input against the real binary.
        .target(name: "ParleyReliability", dependencies: ["ParleyArchive"]),
        .executableTarget(name: "parley-torture", dependencies: ["ParleyReliability"]),
        // Corpus generator and benchmarks: parley against raw SQLite in the same run.
        .target(name: "ParleyBench", dependencies: ["ParleyArchive", "ParleyExtract", "ParleySQLite"]),
        .executableTarget(name: "parley-bench", dependencies: ["ParleyBench"]),
        // Temporary folders and the samples' location, shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ParleySQLiteTests", dependencies: ["ParleySQLite", "TestSupport"]),
        .testTarget(name: "ParleyExtractTests", dependencies: ["ParleyExtract"]),
        .testTarget(name: "ParleyArchiveTests", dependencies: ["ParleyArchive", "ParleySQLite", "ParleyReliability", "TestSupport"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyCLI", "ParleyArchive", "ParleySQLite", "TestSupport"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["ParleyReliability", "TestSupport"]),
    ]
)
