// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Activa",
    products: [
        .library(name: "Activa", targets: ["Activa"]),
        .library(name: "ActivaFormats", targets: ["ActivaFormats"]),
        .executable(name: "activa", targets: ["activa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The engine: pure, no IO, no third-party dependency.
        .target(name: "Activa"),
        // Reading registers (YAML/JSON) and writing reports (text, JSON, CSV, Markdown), in Dutch or English.
        .target(name: "ActivaFormats", dependencies: ["Activa", .product(name: "Yams", package: "Yams")]),
        // The command-line interface.
        .executableTarget(
            name: "activa",
            dependencies: ["Activa", "ActivaFormats", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ActivaTests", dependencies: ["Activa"]),
        .testTarget(name: "ActivaFormatsTests", dependencies: ["Activa", "ActivaFormats"]),
        .testTarget(name: "ActivaCLITests", dependencies: ["activa"]),
    ],
    swiftLanguageModes: [.v6]
)
