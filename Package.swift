// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Vardag",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vardag", targets: ["vardag"]),
        .executable(name: "vardag-bench", targets: ["vardag-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Value types and rules of the four tools and the register. Foundation only.
        .target(name: "VardagDomain"),
        // Data files the app ships: string catalogues, starter data, demo names.
        .target(
            name: "VardagResources",
            path: "Resources",
            // The README's picture of a report page is not shipped with the app.
            exclude: ["Images"],
            sources: ["VardagResources.swift", "CatalogueTemplate.swift"],
            resources: [.copy("Data")]
        ),
        // The store: migrations, intent-named reads and writes, audit, exports; SQLite through
        // GRDB, or PostgreSQL through libpq.
        .target(
            name: "VardagStore",
            dependencies: [
                "VardagDomain",
                "VardagResources",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the competence import's bulk binding (see BulkStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // PostgreSQL's client library, for a shared database on a server.
                "CLibPQ",
            ]
        ),
        // Demo and benchmark data: deterministic generators that write through the store's
        // seeding interface (`@_spi(Seeding)`), so VardagStore holds storage only.
        .target(
            name: "VardagDemo",
            dependencies: [
                "VardagDomain",
                "VardagResources",
                "VardagStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // libpq through a module map, as ncursesw: connections behave exactly as psql's.
        .systemLibrary(
            name: "CLibPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        // ncursesw through a module map and a small shim header.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Reports as self-contained HTML pages with inline SVG charts. Foundation only.
        .target(name: "ReportKit"),
        // Terminal toolkit: cells, widths, keys, widgets, renderer. No curses import.
        .target(name: "TerminalKit"),
        // The ncurses backend of TerminalKit's Terminal protocol.
        .target(name: "TerminalKitCurses", dependencies: ["TerminalKit", "CNcursesw"]),
        // Screens, app model, strings, key maps, and the reports' pages.
        .target(
            name: "VardagApp",
            dependencies: ["VardagDomain", "VardagStore", "TerminalKit", "VardagResources", "ReportKit"]
        ),
        // What both programs share: help pages and usage errors in the language of
        // `--lang`, one-line failures with exit codes, the version.
        .target(
            name: "VardagCommandLine",
            dependencies: [
                "VardagApp",
                "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The program users run: the app and its subcommands.
        .executableTarget(
            name: "vardag",
            dependencies: [
                "VardagApp",
                "VardagCommandLine",
                "VardagDemo",
                "VardagStore",
                "VardagDomain",
                "TerminalKit",
                "TerminalKitCurses",
                "ReportKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmarks (`make bench`): speed figures on generated data, apart from `vardag`.
        .executableTarget(
            name: "vardag-bench",
            dependencies: [
                "VardagApp",
                "VardagCommandLine",
                "VardagDemo",
                "VardagStore",
                "VardagDomain",
                "TerminalKit",
                "TerminalKitCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Shared test helpers: temporary databases, screen assertions, tmux driver.
        .target(
            name: "TestSupport",
            dependencies: ["TerminalKit", "VardagStore", "VardagDomain", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "VardagDomainTests", dependencies: ["VardagDomain"]),
        .testTarget(name: "ReportKitTests", dependencies: ["ReportKit"]),
        .testTarget(name: "VardagStoreTests", dependencies: ["VardagStore", "VardagDemo", "VardagDomain", "TestSupport"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TestSupport"]),
        // The curses backend's key mapping and input decoding, without a terminal.
        .testTarget(name: "TerminalKitCursesTests", dependencies: ["TerminalKitCurses", "TerminalKit", "CNcursesw"]),
        .testTarget(
            name: "VardagAppTests",
            dependencies: ["VardagApp", "VardagDemo", "VardagStore", "VardagDomain", "TerminalKit", "TestSupport"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "VardagDemo", "VardagStore", "VardagDomain"]),
        // The bench's own parts that need no run of a benchmark (the /proc memory sampler).
        .testTarget(name: "VardagBenchTests", dependencies: ["vardag-bench"]),
    ]
)
