import ArgumentParser
import ParleyArchive

extension Evidence.Kind: ExpressibleByArgument {}

struct ShowCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one claim, person, meeting or figure with the words that support it.",
        discussion: "Each source passage is the sentence holding the evidence, with the evidence marked ⟦like this⟧."
    )

    @Argument(help: "claim, person, meeting or figure.")
    var kind: Evidence.Kind

    @Argument(help: "The record's id (the id column of the reports).")
    var id: Int64

    @OptionGroup var archive: ArchiveOptions

    func execute(_ console: Console) throws {
        let record = try Evidence.show(kind, id: id, archivePath: archive.path)
        let width = record.fields.map(\.0.count).max() ?? 0
        for (name, value) in record.fields where !value.isEmpty {
            console.out(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
        }
        for passage in record.passages {
            console.out("")
            console.out("  " + passage.source)
            console.out("  " + passage.text.replacingOccurrences(of: "\n", with: "\n  "))
        }
    }
}
