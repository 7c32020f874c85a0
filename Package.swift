// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Portcullis",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "PortcullisCore", targets: ["PortcullisCore"]),
        .executable(name: "portcullis", targets: ["portcullis"]),
        .executable(name: "portcullis-bench", targets: ["PortcullisBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "PortcullisCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Gazetteers/Data/SOURCES.md"]
        ),
        .target(name: "PortcullisStore", dependencies: ["PortcullisCore"]),
        .target(name: "PortcullisGateway", dependencies: ["PortcullisCore", "PortcullisStore"]),
        .executableTarget(
            name: "portcullis",
            dependencies: [
                "PortcullisCore", "PortcullisStore", "PortcullisGateway",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "PortcullisBench", dependencies: ["PortcullisCore"], path: "bench/Sources/PortcullisBench"),
        .testTarget(name: "PortcullisCoreTests", dependencies: ["PortcullisCore"]),
    ],
    swiftLanguageModes: [.v6]
)
