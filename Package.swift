// swift-tools-version:6.0
import PackageDescription

// Layers import in one direction only:
//   PlanCheckDomain (shared words) → PlanCheckRules and PlanCheckStructure
//   CLibYAML → PlanCheckYAML → PlanCheckRules
//   PlanCheckText → PlanCheckDocuments → PlanCheckStructure → PlanCheckMatching → PlanCheckReport
//   → PlanCheck (facade, bundled rules) → PlanCheckCLI
// Separate targets make the compiler enforce that direction.
let package = Package(
    name: "plancheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PlanCheck", targets: ["PlanCheck"]),
        .executable(name: "plancheck", targets: ["PlanCheckCLI"]),
        .executable(name: "plancheck-bench", targets: ["PlanCheckBench"]),
        .executable(name: "plancheck-fuzz", targets: ["PlanCheckFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // System zlib: parts of document packages are inflated under plancheck's own limits.
        .systemLibrary(name: "CSystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // System libcrypto (OpenSSL): SHA-256 for the result cache's keys.
        .systemLibrary(name: "CSystemCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        .target(name: "PlanCheckYAML", dependencies: ["CLibYAML"]),
        // The words both branches share, as enums: profile, form, task field, language, bilingual text.
        .target(name: "PlanCheckDomain"),
        .target(name: "PlanCheckText"),
        .target(name: "PlanCheckDocuments", dependencies: ["PlanCheckText", "CSystemZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "PlanCheckStructure", dependencies: ["PlanCheckDocuments", "PlanCheckDomain"]),
        .target(name: "PlanCheckRules", dependencies: ["PlanCheckYAML", "PlanCheckDomain"]),
        .target(name: "PlanCheckMatching", dependencies: ["PlanCheckStructure", "PlanCheckRules"]),
        .target(name: "PlanCheckReport", dependencies: ["PlanCheckMatching", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                       .product(name: "Mustache", package: "swift-mustache")],
                exclude: ["Templates"]),
        // The bundled rule library: the YAML under Rules/, as the resources of a target of its own.
        .target(name: "PlanCheckBundledRules", path: "Rules", sources: ["RulesBundle.swift"], resources: [.copy("qd142")]),
        .target(name: "PlanCheck", dependencies: ["PlanCheckReport", "PlanCheckBundledRules", "CSystemCrypto"]),
        // The language server: an application of the library, like the command line.
        .target(name: "PlanCheckLSP", dependencies: ["PlanCheck"]),
        // The web page and JSON API for agency staff: another application of the library.
        .target(name: "PlanCheckServer", dependencies: ["PlanCheck", .product(name: "Hummingbird", package: "hummingbird"),
                                                       .product(name: "MultipartKit", package: "multipart-kit"),
                                                       .product(name: "Mustache", package: "swift-mustache")],
                exclude: ["Templates"]),
        .executableTarget(
            name: "PlanCheckCLI",
            dependencies: ["PlanCheck", "PlanCheckLSP", "PlanCheckServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Benchmarks print figures; they never fail a test run.
        .executableTarget(
            name: "PlanCheckBench",
            dependencies: ["PlanCheck", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer -DFUZZING); without
        // those flags the same binary replays inputs.
        .executableTarget(name: "PlanCheckFuzz", dependencies: ["PlanCheck"], path: "Fuzz/PlanCheckFuzz"),
        // Tests, one target per layer, with what they share in a small support target.
        .target(name: "PlanCheckTestSupport", dependencies: ["PlanCheck"], path: "Tests/Support"),
        .testTarget(name: "TextTests", dependencies: ["PlanCheckText", "PlanCheckYAML", "PlanCheckTestSupport"]),
        .testTarget(name: "DocumentTests", dependencies: ["PlanCheck", "PlanCheckDocuments", "PlanCheckStructure", "PlanCheckTestSupport",
                                                         .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "RuleTests", dependencies: ["PlanCheck", "PlanCheckRules", "PlanCheckYAML", "PlanCheckTestSupport"]),
        .testTarget(name: "MatchingTests", dependencies: ["PlanCheck", "PlanCheckMatching", "PlanCheckTestSupport"]),
        .testTarget(name: "ReportTests", dependencies: ["PlanCheck", "PlanCheckReport", "PlanCheckTestSupport",
                                                       .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The applications of the library: command line, language server, web server; the public API.
        .testTarget(name: "ApplicationTests", dependencies: ["PlanCheck", "PlanCheckLSP", "PlanCheckServer", "PlanCheckDocuments",
                                                            "PlanCheckMatching", "PlanCheckTestSupport",
                                                            .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ]
)
