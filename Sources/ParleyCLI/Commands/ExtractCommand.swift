import ArgumentParser
import ParleyArchive
import ParleyExtract

struct ExtractCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what parley extracts from articles, without touching any archive.",
        discussion: "With --json, one file prints one object in the extraction contract's shape; several files print an array of them."
    )

    @Argument(help: "Article files.")
    var files: [String]

    @Flag(help: "Print JSON in the extraction contract's shape.")
    var json = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Refuse files larger than this (e.g. 10MB).", valueName: "size"))
    var maxSize = ByteSize(bytes: 10 * 1024 * 1024)

    @OptionGroup var actors: ActorOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one article file") }
    }

    func execute(_ console: Console) throws {
        let (inputs, missing) = InputCollector.collect(files)
        for (path, reason) in missing { console.error("\(path): \(reason)") }
        let dictionary = try actors.dictionary()
        var extractions: [Extraction] = []
        var failed = missing.count
        for input in inputs {
            do {
                extractions.append(ArticleLoader.extract(try ArticleLoader.load(input, maxBytes: maxSize.bytes), actors: dictionary))
            } catch {
                console.error(error.description)
                failed += 1
            }
        }
        if json {
            let value = extractions.count == 1 && files.count == 1 ? extractions[0].json : .array(extractions.map(\.json))
            console.out(value.serialized(pretty: true))
        } else {
            for extraction in extractions { console.write(ExtractionText.render(extraction)) }
        }
        if failed > 0 { throw ExitCode.failure }
    }
}
