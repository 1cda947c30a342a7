import Foundation
import PlanCheckBundledRules

/// Finds the `Rules/` folder that ships with plancheck, without depending on the current
/// directory and without SwiftPM's `Bundle.module`, which stops the process when the bundle is
/// missing.
package enum BundledRules {
    /// Environment variable that points at another rules folder.
    public static let environmentVariable = "PLANCHECK_RULES"
    static let bundleName = RulesBundle.name

    public static func directory() -> String? {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment[environmentVariable], !override.isEmpty {
            candidates.append(override)
        }
        // Next to the executable (swift build, swift test, an installed copy with its bundle).
        // The running binary itself (/proc/self/exe on Linux): argv[0] is only "plancheck" when
        // the shell found it on the PATH.
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")).resolvingSymlinksInPath()
        for base in [Bundle.main.bundleURL, executable.deletingLastPathComponent()] {
            candidates.append(base.appendingPathComponent(bundleName).path)
        }
        // An installed copy (the Debian package): <prefix>/bin/plancheck and <prefix>/share/plancheck/Rules.
        candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/plancheck/Rules").path)
        #if !PLANCHECK_PACKAGED
        // The package checkout this file was compiled from (a library user building from source).
        // A packaged build leaves it out, so that it can only use the rules it installs.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Rules").path)
        #endif
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
