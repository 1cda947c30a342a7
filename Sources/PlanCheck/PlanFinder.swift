import Foundation

/// The plans a batch covers: the files given, and under each folder given every file plancheck
/// reads (or refuses with advice, like .doc), recursively, minus `--exclude` globs; sorted by path.
public struct PlanFinder: Sendable {
    /// Globs (`*` also crosses `/`, as in fnmatch without FNM_PATHNAME) tried on the path relative
    /// to the folder given, on the path as given and on the file name; matched in linear time.
    public var excludes: [String]
    private let globs: [Glob]

    public init(excludes: [String] = []) {
        self.excludes = excludes
        globs = excludes.map { Glob($0, crossing: true) }
    }

    /// Extensions collected from folders: what the readers take, and the office formats they
    /// refuse with advice (a stray .doc in a ministry's folder should show up as a row to fix).
    public static var folderExtensions: Set<String> {
        Set(DocumentLoader.supportedExtensions + ["doc", "rtf", "wpd"])
    }

    /// Paths of the plans, sorted and without duplicates; a path that does not exist is kept, so
    /// that the batch reports it as unreadable.
    public func plans(in arguments: [String]) -> [String] {
        var found = Set<String>()
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                for relative in files(under: argument) where !excluded(relative, root: argument) {
                    found.insert((argument as NSString).appendingPathComponent(relative))
                }
            } else if !excluded(argument, root: nil) {
                found.insert(argument)
            }
        }
        return found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    private func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        let extensions = Self.folderExtensions
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {  // .git, .plancheck-cache, editors' lock files
                if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                continue
            }
            if name.hasPrefix("~$") { continue }  // Word's owner files next to an open document
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            result.append(relative)
        }
        return result
    }

    private func excluded(_ path: String, root: String?) -> Bool {
        let name = (path as NSString).lastPathComponent
        let full = root.map { ($0 as NSString).appendingPathComponent(path) } ?? path
        return globs.contains { glob in [path, full, name].contains { glob.matches($0) } }
    }
}
