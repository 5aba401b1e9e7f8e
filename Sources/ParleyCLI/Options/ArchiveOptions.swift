import ArgumentParser
import Foundation

/// `--db PATH`, shared by every command that touches the archive.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive file (default: $PARLEY_DB or ./parley.db).", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["PARLEY_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "parley.db"
    }
}
