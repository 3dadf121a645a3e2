// swift-tools-version:6.1
import PackageDescription

/// tdkt's benchmarks: measured in release builds with package-benchmark, never part of the
/// test suite's pass/fail. Run: `swift package --package-path Benchmarks benchmark`.
let package = Package(
    name: "tdkt-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "tdkt", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: []),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "Rulebook",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Commendation", package: "tdkt"),
                .product(name: "TdktResources", package: "tdkt"),
            ],
            path: "Benchmarks/Rulebook",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]),
        .executableTarget(
            name: "TextLength",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Commendation", package: "tdkt"),
                .product(name: "VietnameseText", package: "tdkt"),
            ],
            path: "Benchmarks/TextLength",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]),
        .executableTarget(
            name: "TerminalOutput",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "TerminalUI", package: "tdkt"),
                .product(name: "CursesTerminal", package: "tdkt"),
            ],
            path: "Benchmarks/TerminalOutput",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]),
        .executableTarget(
            name: "Commands",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                // The desk's first opening of the province (the store upgraded, the standings
                // judged), done in-process before the pending review is timed.
                .product(name: "WardServices", package: "tdkt"),
                .product(name: "CommendationStore", package: "tdkt"),
                .product(name: "Commendation", package: "tdkt"),
            ],
            path: "Benchmarks/Commands",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]),
        .executableTarget(
            name: "Scale",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Desk", package: "tdkt"),
                .product(name: "WardServices", package: "tdkt"),
                .product(name: "CommendationStore", package: "tdkt"),
                .product(name: "Commendation", package: "tdkt"),
                .product(name: "TerminalUI", package: "tdkt"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Benchmarks/Scale",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]),
    ],
    swiftLanguageModes: [.v6]
)
