// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Estate",
    products: [
        .library(name: "EstateCore", targets: ["EstateCore"]),
        .library(name: "EstateStore", targets: ["EstateStore"]),
        .executable(name: "estate", targets: ["estate"]),
        .plugin(name: "GenerateReports", targets: ["GenerateReports"]),
    ],
    targets: [
        // The system SQLite; only EstateStore imports it.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // Pure domain: model, readers, ingest, analyses, renderers. No files, clocks or databases in analyses.
        .target(name: "EstateCore", resources: [.copy("Resources")], swiftSettings: strict),
        // The SQLite snapshot store.
        .target(name: "EstateStore", dependencies: ["EstateCore", "CSQLite"], swiftSettings: strict),
        // The deterministic synthetic council estate (the sample in Inventory/, and benchmark estates).
        .target(name: "EstateSample", dependencies: ["EstateCore"], swiftSettings: strict),
        // Commands and their options; wires readers, store, analyses and renderers.
        .target(name: "EstateCLI", dependencies: ["EstateCore", "EstateStore", "EstateSample"], swiftSettings: strict),
        // The thin executable.
        .executableTarget(name: "estate", dependencies: ["EstateCLI"], swiftSettings: strict),
        .plugin(
            name: "GenerateReports",
            capability: .command(
                intent: .custom(verb: "generate-reports", description: "Analyse Inventory/ into Reports/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated reports into Reports/")])),
        .testTarget(
            name: "EstateCoreTests", dependencies: ["EstateCore"],
            exclude: [
                "Lifecycle/Fixtures", "Lifecycle/labelled-strings.tsv", "Importers/Fixtures", "Hardening/Fixtures",
            ],
            swiftSettings: strict),
        .testTarget(name: "EstateStoreTests", dependencies: ["EstateStore"], swiftSettings: strict),
        .testTarget(name: "EstateSampleTests", dependencies: ["EstateSample"], swiftSettings: strict),
        .testTarget(
            name: "EstateCLITests", dependencies: ["EstateCLI", "EstateStore"], exclude: ["Fixtures"],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6])
