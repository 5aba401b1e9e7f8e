import ArgumentParser
import ParleyArchive

struct RestoreCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the archive with a backup, after checking the backup fully.",
        discussion: """
            Refuses a file that is not a SQLite database, is truncated or damaged, is not a parley archive, comes \
            from another parley, fails parley check, or has a -wal/-journal file beside it. The archive it replaces \
            is kept as ARCHIVE.before-restore-TIMESTAMP. A refused restore changes nothing.
            """
    )

    @Argument(help: "The backup file to restore.")
    var source: String

    @Flag(help: "Replace an existing archive (it is kept beside it).")
    var force = false

    @OptionGroup var archive: ArchiveOptions

    func execute(_ console: Console) throws {
        let result = try RestoreService.restore(from: source, to: archive.path, force: force)
        console.out("restored \(source) to \(result.restored)")
        if let previous = result.previous { console.out("the replaced archive is kept as \(previous)") }
    }
}
