// swift-tools-version:6.1
import PackageDescription

/// tdkt — a terminal desk for the ward clerk who keeps the emulation and commendation file.
/// The modules as built are described in docs/ARCHITECTURE.md; the exchange format in
/// docs/NOMINATION-FORMAT.md.
let package = Package(
    name: "tdkt",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tdkt", targets: ["tdkt"]),
        // Libraries for the Benchmarks package (../Benchmarks depends on this one by path).
        .library(name: "VietnameseText", targets: ["VietnameseText"]),
        .library(name: "Commendation", targets: ["Commendation"]),
        .library(name: "CommendationStore", targets: ["CommendationStore"]),
        .library(name: "TdktResources", targets: ["TdktResources"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
        .library(name: "CursesTerminal", targets: ["CursesTerminal"]),
        .library(name: "WardServices", targets: ["WardServices"]),
        .library(name: "Desk", targets: ["Desk"]),
        .library(name: "Papers", targets: ["Papers"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "VietnameseText"),
        .target(name: "Commendation", dependencies: ["VietnameseText"]),
        .target(
            name: "CommendationStore",
            dependencies: [
                "Commendation",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API for binding an import's many values (`BoundRows`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(name: "TdktResources", path: "Resources", resources: [.copy("data")]),
        // The paper renderers: a document tree as Word (.docx) and Excel (.xlsx) files.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Papers", dependencies: ["Commendation", "VietnameseText", "CZlib"]),
        .target(name: "TerminalUI", dependencies: ["VietnameseText"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CursesTerminal", dependencies: ["TerminalUI", "CNcursesw"]),
        // The clerk's use cases over one store, shared by the desk and the command line.
        .target(
            name: "WardServices",
            dependencies: ["Commendation", "CommendationStore", "VietnameseText", "TdktResources", "Papers",
                           .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "Desk",
            dependencies: ["TerminalUI", "Commendation", "CommendationStore", "WardServices", "VietnameseText", "Papers"]),
        .executableTarget(
            name: "tdkt",
            dependencies: [
                "Desk", "WardServices", "Papers", "CursesTerminal", "CommendationStore", "Commendation", "VietnameseText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Saves nominations in a loop for the crash-safety test (killed with SIGKILL); not for clerks.
        .executableTarget(
            name: "tdkt-crash-writer",
            dependencies: ["CommendationStore", "Commendation", "TdktResources"],
            path: "Sources/CrashWriter"),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
        .testTarget(
            name: "CommendationTests", dependencies: ["Commendation", "VietnameseText", "TdktResources"]),
        .testTarget(
            name: "CommendationStoreTests",
            dependencies: ["CommendationStore", "Commendation", "VietnameseText", "TdktResources", "Papers",
                           .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(
            name: "PapersTests", dependencies: ["Papers", "Commendation", "VietnameseText"],
            // Read by path from the tests (`assertDocumentGolden`), not bundled.
            exclude: ["Text/__Goldens__"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "VietnameseText"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "CNcursesw"]),
        .testTarget(
            name: "DeskTests",
            dependencies: ["Desk", "WardServices", "TerminalUI", "Commendation", "CommendationStore", "VietnameseText", "TdktResources",
                           // A second connection that locks, checks or damages a store under the desk; a
                           // full disk as SQLite's file system.
                           .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            exclude: ["__Snapshots__"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["tdkt", "tdkt-crash-writer", "CommendationStore", "Commendation", "TdktResources",
                           // The desk in-process beside the built tdkt (FrontEndsAgreeTests).
                           "Desk", "WardServices", "TerminalUI",
                           .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
