import ArgumentParser
import ParleyArchive
import ParleyExtract

/// `--actors FILE`: an actor dictionary added to the built-in one.
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "An actor dictionary (TSV or JSON: name, aliases, country, roles with dates) added to the built-in one.",
        valueName: "file"))
    var actors: String?

    /// The built-in dictionary, extended by the file when one is given.
    func dictionary() throws -> ActorDictionary {
        guard let actors else { return .builtIn }
        do {
            return ActorDictionary.builtIn.merging(try ActorDictionaryFile.load(path: actors))
        } catch let problem as ActorDictionaryFile.Problem {
            throw ArchiveError.missing(problem.description)
        }
    }
}
