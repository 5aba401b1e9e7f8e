import ArgumentParser
import Foundation
import ParleyArchive

struct QueryCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run one read-only SQL query against the archive.",
        discussion: """
            The connection is read-only and locked down: statements that write, ATTACH, change PRAGMAs, \
            control transactions or call risky functions are refused. Pass - to read the SQL from stdin.
            """
    )

    @Argument(help: "The SQL (one statement), or - to read it from stdin.")
    var sql: String

    @Option(name: .customLong("param"), help: ArgumentHelp("Bind a named parameter (:name in the SQL).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: "Stop a query that runs longer than this many seconds.")
    var timeout: Double = QueryRunner.defaultTimeout

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        for parameter in parameters where !parameter.contains("=") {
            throw ValidationError("--param takes name=value, got '\(parameter)'")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func execute(_ console: Console) throws {
        let text = sql == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : sql
        let bound = parameters.map { parameter -> (name: String, value: String) in
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), String(parts[1]))
        }
        let result = try QueryRunner.run(archivePath: archive.path, sql: text, parameters: bound, timeout: timeout)
        ResultPrinter.write(result, as: output.format, to: console)
    }
}
