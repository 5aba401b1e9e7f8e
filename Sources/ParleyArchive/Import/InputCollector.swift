import Foundation

/// One thing to import: a file on disk, or standard input.
public struct ImportInput: Hashable, Sendable {
    /// How the user named it (for messages).
    public let display: String
    /// Absolute, standardised path; nil for standard input.
    public let path: String?

    public static let standardInput = ImportInput(display: "-", path: nil)

    public init(display: String, path: String?) {
        self.display = display
        self.path = path
    }

    public var fileName: String? { path.map { URL(fileURLWithPath: $0).lastPathComponent } }
}

/// Expands the command line's paths: files as given, folders recursively (`.txt`, `.md`),
/// glob patterns the shell left alone, and `-` for standard input.
public enum InputCollector {
    public static let articleExtensions: Set<String> = ["txt", "md"]

    public static func collect(_ arguments: [String]) -> (inputs: [ImportInput], failures: [(String, String)]) {
        var inputs: [ImportInput] = []
        var failures: [(String, String)] = []
        var seen: Set<String> = []
        func add(_ input: ImportInput) {
            guard let path = input.path else { inputs.append(input); return }
            if seen.insert(path).inserted { inputs.append(input) }
        }
        for argument in arguments {
            if argument == "-" { add(.standardInput); continue }
            let absolute = URL(fileURLWithPath: argument).standardizedFileURL.path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    walk(folder: absolute, display: argument).forEach(add)
                } else {
                    add(ImportInput(display: argument, path: absolute))
                }
            } else if isSymbolicLink(absolute) {
                // Reported when read, with the reason.
                add(ImportInput(display: argument, path: absolute))
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = glob(argument)
                if matches.isEmpty { failures.append((argument, "no file matches this pattern")) }
                for match in matches { add(ImportInput(display: match, path: URL(fileURLWithPath: match).standardizedFileURL.path)) }
            } else {
                failures.append((argument, "no such file or folder"))
            }
        }
        return (inputs, failures)
    }

    /// Article files under a folder, sorted so runs are repeatable. Hidden entries are skipped.
    static func walk(folder: String, display: String) -> [ImportInput] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(ext) else { continue }
            let full = folder + "/" + relative
            var isDirectory: ObjCBool = false
            // A folder named like an article is walked into by the enumerator, not read.
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            found.append(relative)
        }
        let prefix = display.hasSuffix("/") ? display : display + "/"
        return found.sorted().map { ImportInput(display: prefix + $0, path: folder + "/" + $0) }
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}
