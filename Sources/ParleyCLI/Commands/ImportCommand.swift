import ArgumentParser
import Foundation
import ParleyArchive

struct ImportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Archive article text files and what parley extracts from them.",
        discussion: """
            PATH may be a file, a folder (searched recursively for .txt and .md), a glob pattern, or - for stdin. \
            Metadata comes from front matter at the top of a file (title:, published:, outlet:, url: between --- \
            lines) or from --manifest. Content already archived is reported as unchanged; a changed file at a \
            known path becomes a new version and the old one is kept. Exits 1 when any input failed.
            """
    )

    @Argument(help: "Files, folders, glob patterns, or - for stdin.")
    var paths: [String]

    @Option(help: ArgumentHelp("A CSV or TSV of metadata with columns path,title,published,outlet,url.", valueName: "file"))
    var manifest: String?

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Refuse files larger than this (e.g. 10MB, 512K).", valueName: "size"))
    var maxSize = ByteSize(bytes: 10 * 1024 * 1024)

    @Option(name: .customLong("batch-size"), help: "Articles per transaction; a crash loses at most the open batch.")
    var batchSize = ImportOptions().batchSize

    @OptionGroup var actors: ActorOptions
    @OptionGroup var archive: ArchiveOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file, folder or - to import") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
    }

    func execute(_ console: Console) throws {
        var options = ImportOptions()
        options.maxBytes = maxSize.bytes
        options.batchSize = batchSize
        if let manifest { options.manifest = try Manifest(contentsOf: manifest) }
        options.actors = try actors.dictionary()
        let (inputs, missing) = InputCollector.collect(paths)
        for (path, reason) in missing { console.error("\(path): \(reason)") }
        let opened = try Archive.openForWriting(at: archive.path)
        let progress = ProgressBar(total: inputs.count, totalBytes: inputs.reduce(0) { $0 + ImportCommand.size(of: $1) })
        let importer = Importer(archive: opened, options: options, onOutcome: { input, outcome in
            if case .failed(let reason) = outcome { console.error("\(input.display): \(reason)") }
        }, onStored: { input in
            progress.advance(bytes: ImportCommand.size(of: input))
        })
        var summary = try importer.run(inputs)
        progress.finish()
        summary.failed += missing.count
        console.out(summary.line)
        let totals = try opened.counts().filter { ["sources", "people", "meetings", "delegations", "claims", "figures"].contains($0.table) }
        console.out("\(archive.path) holds " + totals.map { "\($0.rows) \($0.table)" }.joined(separator: ", "))
        if summary.failed > 0 { throw ExitCode.failure }
    }

    static func size(of input: ImportInput) -> Int {
        guard let path = input.path else { return 0 }
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
