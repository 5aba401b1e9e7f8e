import ArgumentParser
import ParleyArchive

extension Report: ExpressibleByArgument {}

struct ReportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a built-in report.",
        discussion: "Each report is also a SQL view (v_NAME) in the archive. Reports: \(Report.allCases.map(\.rawValue).joined(separator: ", "))."
    )

    @Argument(help: "The report to print.")
    var name: Report

    @Option(help: "Print at most this many rows.")
    var limit: Int?

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
    }

    func execute(_ console: Console) throws {
        console.write(ResultPrinter.render(try name.run(archivePath: archive.path, limit: limit), as: output.format))
    }
}
