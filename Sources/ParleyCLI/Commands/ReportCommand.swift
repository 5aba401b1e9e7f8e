import ArgumentParser
import ParleyArchive

extension Report: ExpressibleByArgument {}

/// A report name as typed: a built-in report, or `person` for a dossier.
enum ReportName: ExpressibleByArgument {
    case report(Report)
    case person

    init?(argument: String) {
        if argument == "person" { self = .person } else if let report = Report(rawValue: argument) { self = .report(report) } else { return nil }
    }

    static var allValueStrings: [String] { Report.allCases.map(\.rawValue) + ["person"] }
}

struct ReportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a built-in report.",
        discussion: """
            Reports: \(Report.allCases.map(\.rawValue).joined(separator: ", ")). Each is also a SQL view (v_NAME) in the \
            archive. Filters apply where they make sense; a report says which it takes. `parley report person NAME` \
            prints one person's dossier: aliases, roles over time, meetings, delegations led, claims.
            """
    )

    @Argument(help: "The report to print, or person NAME for one person's dossier.")
    var name: ReportName

    @Argument(help: "With person: the person's name (any spelling).")
    var subject: String?

    @Option(help: "Only this person (any spelling of their name).")
    var person: String?

    @Option(help: "Only this topic (ceasefire, prisoner_exchange, ...).")
    var topic: String?

    @Option(help: "Only this side or country (ISO code: RU, UA, US, ...).")
    var side: String?

    @Option(help: ArgumentHelp("Only from this date on (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only up to this date (inclusive).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Only this source (its file name).", valueName: "file"))
    var source: String?

    @Option(help: "Print at most this many rows.")
    var limit: Int?

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    var filters: [Report.Filter: String] {
        let given: [(Report.Filter, String?)] = [(.person, person), (.topic, topic), (.side, side?.uppercased()),
                                                 (.since, since), (.until, until), (.source, source)]
        return Dictionary(uniqueKeysWithValues: given.compactMap { filter, value in value.map { (filter, $0) } })
    }

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
        for date in [since, until].compactMap({ $0 }) where !ReportCommandDates.isDate(date) {
            throw ValidationError("'\(date)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        }
        switch name {
        case .person:
            guard subject != nil else { throw ValidationError("give the person's name: parley report person NAME") }
            guard filters.isEmpty else { throw ValidationError("the person dossier takes no filters") }
        case .report(let report):
            guard subject == nil else { throw ValidationError("the \(report.rawValue) report takes no name; use --person") }
            for filter in filters.keys where !report.filters.contains(filter) {
                let accepted = report.filters.map { "--" + $0.rawValue }.joined(separator: ", ")
                throw ValidationError("the \(report.rawValue) report takes no --\(filter.rawValue)" + (accepted.isEmpty ? "" : " (it takes \(accepted))"))
            }
        }
    }

    func execute(_ console: Console) throws {
        switch name {
        case .report(let report):
            ResultPrinter.write(try report.run(archivePath: archive.path, filters: filters, limit: limit), as: output.format, to: console)
        case .person:
            let sections = try Dossier.person(subject ?? "", archivePath: archive.path)
            ResultPrinter.write(sections.map { ($0.title, $0.result) }, as: output.format, to: console)
        }
    }
}

/// Date arguments of reports.
public enum ReportCommandDates {
    /// YYYY, YYYY-MM or YYYY-MM-DD with a real month and day number.
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let shapes = [(4, 1...9999), (2, 1...12), (2, 1...31)]
        return (1...3).contains(parts.count) && zip(parts, shapes).allSatisfy { part, shape in
            part.count == shape.0 && part.allSatisfy(\.isASCII) && Int(part).map(shape.1.contains) == true
        }
    }
}
