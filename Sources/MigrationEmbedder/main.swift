import Foundation

// Usage: MigrationEmbedder OUTPUT.swift FILE.sql...
// Writes a Swift file holding each migration's name and exact text.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: MigrationEmbedder OUTPUT.swift FILE.sql...\n".utf8))
    exit(64)
}

/// A raw string literal that holds `text` exactly: more `#`s than any run of them in the text.
func rawLiteral(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
        run = character == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

var source = "// Generated at build time from migrations/*.sql by MigrationEmbedder. Do not edit.\n\n"
source += "enum EmbeddedMigrations {\n    static let files: [(name: String, sql: String)] = [\n"
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        FileHandle.standardError.write(Data("error: \(path): cannot read as UTF-8\n".utf8))
        exit(1)
    }
    source += "        (\"\(url.lastPathComponent)\", \(rawLiteral(text))),\n"
}
source += "    ]\n}\n"

do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("error: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
