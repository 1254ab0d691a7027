// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Activa",
    // The engine needs Swift 6's Int128 (ExactDecimal's significand): macOS 15, iOS 18. Linux needs nothing more.
    platforms: [.macOS(.v15), .iOS(.v18)],
    products: [
        .library(name: "Activa", targets: ["Activa"]),
        .library(name: "ActivaFormats", targets: ["ActivaFormats"]),
        .library(name: "ActivaStore", targets: ["ActivaStore"]),
        .library(name: "ActivaServer", targets: ["ActivaServer"]),
        .executable(name: "activa", targets: ["activa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // Password hashes (bcrypt) for the server's users.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // Header names Hummingbird does not name (Sec-Fetch-Site, X-Forwarded-Proto, Referrer-Policy).
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // HMAC-SHA256 for the web page's signed session cookie (the server's only cryptography).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // Reading the CSV of a spreadsheet activastaat (quoted fields, ';' or ',' separators).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // `swift package generate-documentation --target Activa` (the DocC catalogue in Sources/Activa/Activa.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The engine: pure, no IO, no third-party dependency.
        .target(name: "Activa"),
        // Reading registers (YAML/JSON) and writing reports (text, JSON, CSV, Markdown), in Dutch or English.
        .target(name: "ActivaFormats", dependencies: ["Activa", .product(name: "Yams", package: "Yams"),
                                                      .product(name: "CSV", package: "CSV.swift")]),
        // Registers kept in SQLite (GRDB), behind the RegisterStore protocol.
        .target(name: "ActivaStore", dependencies: ["Activa", "ActivaFormats", .product(name: "GRDB", package: "GRDB.swift")]),
        // The HTTP API and the Dutch web page (Hummingbird 2), built by `buildApplication`.
        .target(
            name: "ActivaServer",
            dependencies: ["Activa", "ActivaFormats", "ActivaStore", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "Crypto", package: "swift-crypto"), .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")]
        ),
        // Deterministic synthetic registers (benchmarks, load tests).
        .target(name: "ActivaSynthetic", dependencies: ["Activa"]),
        // The release-mode benchmark: a target, not a product (`swift run -c release ActivaBench`).
        .executableTarget(name: "ActivaBench", dependencies: ["Activa", "ActivaFormats", "ActivaSynthetic"], path: "Sources/ActivaBench"),
        // The command-line interface.
        .executableTarget(
            name: "activa",
            dependencies: ["Activa", "ActivaFormats", "ActivaStore", "ActivaServer",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ActivaTests", dependencies: ["Activa"]),
        .testTarget(name: "ActivaFormatsTests", dependencies: ["Activa", "ActivaFormats", "ActivaSynthetic"]),
        // The built binary end to end, and the snapshots of every output (Snapshots/, compared byte for byte).
        .testTarget(name: "ActivaCLITests", dependencies: ["activa", "Activa"], exclude: ["Snapshots"]),
        .testTarget(name: "ActivaStoreTests", dependencies: ["Activa", "ActivaFormats", "ActivaStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "ActivaServerTests",
            dependencies: ["Activa", "ActivaFormats", "ActivaStore", "ActivaServer",
                           .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "Yams", package: "Yams"),
                           .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
