import ArgumentParser
import ParleyArchive

struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify the archive: SQLite integrity, foreign keys, full-text indexes, schema, hashes, spans.",
        discussion: "Exits 0 only when every check passes. Prints a one-line summary, then each problem found."
    )

    @Flag(help: "Skip the slow checks (full integrity scan, full-text indexes, body hashes).")
    var quick = false

    @OptionGroup var archive: ArchiveOptions

    func execute(_ console: Console) throws {
        let report = try ArchiveCheck.run(archivePath: archive.path, quick: quick)
        console.out(report.summary)
        for failure in report.failures { console.out("  \(failure.check): \(failure.detail)") }
        if !report.passed { throw ExitCode.failure }
    }
}
