import ArgumentParser
import ParleyArchive

/// `--note` and `--db` for every correction.
struct CorrectionOptions: ParsableArguments {
    @Option(help: "Why: kept with the correction.")
    var note: String?

    @OptionGroup var archive: ArchiveOptions
}

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Correct people: merge two into one, split one in two, or rename one. Corrections survive re-import and reextract.",
        subcommands: [Merge.self, Split.self, Rename.self]
    )

    struct Merge: ConsoleCommand {
        static let configuration = CommandConfiguration(abstract: "Merge person B into person A (ids or names).")
        @Argument(help: "The person kept.") var kept: String
        @Argument(help: "The person merged into it.") var merged: String
        @OptionGroup var options: CorrectionOptions

        func execute(_ console: Console) throws {
            let id = try Curation(archive: try Archive.openForWriting(at: options.archive.path)).mergePeople(keep: kept, merge: merged, note: options.note)
            console.out("correction \(id): merged \(merged) into \(kept)")
        }
    }

    struct Split: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make the sources that call a person only ALIAS (e.g. a surname) a person of their own.",
            discussion: "Their aliases, mentions, roles, claims and delegation seats move to the new person."
        )
        @Argument(help: "The name form to split off.") var alias: String
        @Option(help: "The person it is split from (id or name).") var from: String
        @OptionGroup var options: CorrectionOptions

        func execute(_ console: Console) throws {
            let id = try Curation(archive: try Archive.openForWriting(at: options.archive.path)).splitPerson(from, alias: alias, note: options.note)
            console.out("correction \(id): \(alias) split off person \(from)")
        }
    }

    struct Rename: ConsoleCommand {
        static let configuration = CommandConfiguration(abstract: "Give a person the display name you choose.")
        @Argument(help: "The person (id or name).") var person: String
        @Argument(help: "The new name.") var name: String
        @OptionGroup var options: CorrectionOptions

        func execute(_ console: Console) throws {
            let id = try Curation(archive: try Archive.openForWriting(at: options.archive.path)).renamePerson(person, to: name, note: options.note)
            console.out("correction \(id): \(person) is now called \(name)")
        }
    }
}

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Correct claims: give one to another speaker.",
        subcommands: [Reassign.self]
    )

    struct Reassign: ConsoleCommand {
        static let configuration = CommandConfiguration(abstract: "Attribute claim ID to SPEAKER (a person's name or an organisation).")
        @Argument(help: "The claim's id.") var id: Int64
        @Argument(help: "The speaker.") var speaker: String
        @OptionGroup var options: CorrectionOptions

        func execute(_ console: Console) throws {
            let correction = try Curation(archive: try Archive.openForWriting(at: options.archive.path)).reassignClaim(id, to: speaker, note: options.note)
            console.out("correction \(correction): claim \(id) is now attributed to \(speaker)")
        }
    }
}

struct CurationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curation",
        abstract: "List or undo corrections.",
        subcommands: [List.self, Undo.self]
    )

    struct List: ConsoleCommand {
        static let configuration = CommandConfiguration(abstract: "Every correction, with who made it, when and why.")
        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var output: OutputOptions

        func execute(_ console: Console) throws {
            let result = try QueryRunner.run(archivePath: archive.path, sql: "SELECT * FROM v_corrections ORDER BY id")
            console.write(ResultPrinter.render(result, as: output.format))
        }
    }

    struct Undo: ConsoleCommand {
        static let configuration = CommandConfiguration(abstract: "Undo correction ID (the facts are re-derived without it).")
        @Argument(help: "The correction's id.") var id: Int64
        @OptionGroup var archive: ArchiveOptions

        func execute(_ console: Console) throws {
            try Curation(archive: try Archive.openForWriting(at: archive.path)).undo(id)
            console.out("correction \(id) undone")
        }
    }
}

struct ReextractCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Re-run the current extractor over every archived text, then re-apply the corrections.",
        discussion: "All or nothing: one transaction. The texts themselves are never changed."
    )

    @OptionGroup var actors: ActorOptions
    @OptionGroup var archive: ArchiveOptions

    func execute(_ console: Console) throws {
        // A bad dictionary is refused before the archive is opened.
        let dictionary = try actors.dictionary()
        let count = try Reextraction.run(try Archive.openForWriting(at: archive.path), actors: dictionary)
        console.out("re-extracted \(count) sources")
    }
}
