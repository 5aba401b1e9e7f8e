import ArgumentParser
import ParleyArchive

struct MigrateCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create the archive or bring its schema up to this parley's."
    )

    @OptionGroup var archive: ArchiveOptions

    func execute(_ console: Console) throws {
        let opened = try Archive.openForWriting(at: archive.path)
        let version = try opened.db.scalar("SELECT max(version) FROM schema_migrations")?.int64 ?? 0
        console.out("\(archive.path): schema at version \(version)")
    }
}
