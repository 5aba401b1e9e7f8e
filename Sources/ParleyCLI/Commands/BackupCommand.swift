import ArgumentParser
import ParleyArchive

struct BackupCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent, checked copy of the archive.",
        discussion: "Safe while another parley imports. The copy is written under a temporary name, synced, checked and then renamed."
    )

    @Argument(help: "Where to write the backup (or use --to-dir).")
    var destination: String?

    @Option(name: .customLong("to-dir"), help: ArgumentHelp("Write a timestamped backup into this folder instead.", valueName: "dir"))
    var directory: String?

    @Option(help: "With --to-dir: keep only the newest N timestamped backups there.")
    var keep: Int?

    @Flag(help: "Replace an existing file at the destination.")
    var force = false

    @Flag(help: "Run the full parley check on the copy, not only SQLite's integrity check.")
    var verify = false

    @OptionGroup var archive: ArchiveOptions

    func validate() throws {
        guard (destination == nil) != (directory == nil) else { throw ValidationError("give either DEST or --to-dir DIR") }
        if keep != nil && directory == nil { throw ValidationError("--keep goes with --to-dir") }
        if let keep, keep < 1 { throw ValidationError("--keep must be at least 1") }
    }

    func execute(_ console: Console) throws {
        if let directory {
            let rotation = try BackupRotation.backup(archivePath: archive.path, directory: directory, keep: keep ?? .max, fullCheck: verify)
            report(rotation.backup, to: console)
            for old in rotation.removed { console.out("removed \(old)") }
        } else if let destination {
            report(try BackupService.backup(archivePath: archive.path, to: destination, force: force, fullCheck: verify), to: console)
        }
    }

    private func report(_ result: BackupService.Result, to console: Console) {
        console.out("\(result.path)\t\(result.bytes) bytes\tsha256 \(result.sha256)")
    }
}
