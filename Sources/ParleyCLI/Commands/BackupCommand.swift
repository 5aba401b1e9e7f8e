import ArgumentParser
import ParleyArchive

struct BackupCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent, checked copy of the archive.",
        discussion: "Safe while another parley imports. The copy is written under a temporary name, synced, checked and then renamed."
    )

    @Argument(help: "Where to write the backup.")
    var destination: String

    @Flag(help: "Replace an existing file at the destination.")
    var force = false

    @Flag(help: "Run the full parley check on the copy, not only SQLite's integrity check.")
    var verify = false

    @OptionGroup var archive: ArchiveOptions

    func execute(_ console: Console) throws {
        let result = try BackupService.backup(archivePath: archive.path, to: destination, force: force, fullCheck: verify)
        console.out("\(result.path)\t\(result.bytes) bytes\tsha256 \(result.sha256)")
    }
}
