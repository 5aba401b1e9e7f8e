import ArgumentParser
import ParleyArchive

extension Search.Scope: ExpressibleByArgument {}

struct SearchCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of article bodies and claims, best matches first.",
        discussion: """
            Words are matched whole, in any order, ignoring case and diacritics (erdogan finds Erdoğan). \
            With --fts the query is FTS5 syntax: "exact phrase", OR, NOT, NEAR(a b, 5), prefix*.
            """
    )

    @Argument(help: "Words to find.")
    var words: [String]

    @Flag(help: "Read the query as FTS5 syntax instead of plain words.")
    var fts = false

    @Option(name: .customLong("in"), help: "Where to search: all, sources or claims.")
    var scope: Search.Scope = .all

    @Option(help: "Print at most this many hits.")
    var limit = 20

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !words.isEmpty else { throw ValidationError("give something to search for") }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func execute(_ console: Console) throws {
        let result = try Search.run(archivePath: archive.path, text: words.joined(separator: " "), rawFTS: fts, scope: scope, limit: limit)
        ResultPrinter.write(result, as: output.format, to: console)
    }
}
