import Foundation
import Testing

/// Runs the built `plancheck` executable the way users and CI do (the suites of several layers
/// check what the command line makes of their part).
package struct CLIRunner: Sendable {
    package init() {}

    package struct Run: Sendable {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    package static let binary: URL? = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("plancheck") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    package func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        if var environment {
            // Sanitizer settings follow the child (scripts/sanitizers turns leak reports off;
            // without this a leak inside Foundation's Process would change the exit status).
            for (key, value) in ProcessInfo.processInfo.environment where key.hasSuffix("SAN_OPTIONS") {
                environment[key] = value
            }
            process.environment = environment
        }
        guard let binary = Self.binary else {
            Issue.record("the plancheck executable was not built next to the tests")
            throw CancellationError()
        }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Validates JSON against docs/report.schema.json with Python's jsonschema (installed by scripts/test).
    package func validateAgainstSchema(_ json: String) throws {
        try validate(json, schema: TestSupport.packageRoot.appendingPathComponent("docs/report.schema.json").path,
                     draft: "Draft202012Validator")
    }

    package func validate(_ json: String, schema: String, draft: String) throws {
        let folder = try TestSupport.temporaryDirectory()
        let file = try TestSupport.write(json, to: "report.json", in: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); data = json.load(open(sys.argv[2]))
            cls = getattr(jsonschema, sys.argv[3])
            cls.check_schema(schema)
            jsonschema.validate(data, schema, cls=cls)
            """, schema, file, draft]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "schema validation failed: \(message)")
    }
}
