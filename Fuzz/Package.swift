// swift-tools-version: 6.0
// libFuzzer harness for parley's extractor. A package of its own so the main package's
// `swift build` and `swift test` never compile it; run it with ./run (see README.md).
import PackageDescription

let package = Package(
    name: "parley-fuzz",
    dependencies: [
        .package(name: "parley", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ParleyFuzz",
            dependencies: [
                .product(name: "ParleyExtract", package: "parley"),
            ],
            // libFuzzer supplies main(); the harness only exports LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
