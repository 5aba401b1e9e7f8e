import ArgumentParser
import ParleyExtract

/// The command line's root.
public struct Parley: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "An offline archive of news about peace negotiations: who said what, where and when.",
        discussion: """
            Exit codes: 0 success, 1 failure (including some inputs that could not be imported), 64 usage error.
            The archive is ./parley.db unless --db or $PARLEY_DB names another.
            """,
        version: "parley \(Extractor.version)",
        subcommands: [
            ImportCommand.self, ExtractCommand.self, QueryCommand.self, ReportCommand.self, SearchCommand.self, ShowCommand.self, BackupCommand.self,
            RestoreCommand.self, CheckCommand.self, PeopleCommand.self, ClaimsCommand.self, MeetingsCommand.self, CurationCommand.self,
            ReextractCommand.self, MigrateCommand.self,
        ]
    )

    public init() {}
}

/// A command that writes through a `Console`, so tests can run it in-process.
public protocol ConsoleCommand: ParsableCommand {
    func execute(_ console: Console) throws
}

extension ConsoleCommand {
    public mutating func run() throws {
        try execute(Console.standard)
    }
}
