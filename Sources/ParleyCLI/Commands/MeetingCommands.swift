import ArgumentParser
import ParleyArchive

struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "Correct meetings: merge two into one, or set one's date. Corrections survive re-import and reextract.",
        subcommands: [Merge.self, SetDate.self]
    )

    struct Merge: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fold meeting B into meeting A: one meeting that sources report with different dates or places.",
            discussion: "B's reports, parties, delegations and figures move to A; A keeps its date and place where it has them."
        )
        @Argument(help: "The meeting kept (id from parley report meetings).") var kept: Int64
        @Argument(help: "The meeting folded into it.") var merged: Int64
        @OptionGroup var options: CorrectionOptions

        func execute(_ console: Console) throws {
            let id = try Curation(archive: try Archive.openForWriting(at: options.archive.path)).mergeMeetings(keep: kept, merge: merged, note: options.note)
            console.out("correction \(id): merged meeting \(merged) into meeting \(kept)")
        }
    }

    struct SetDate: ConsoleCommand {
        static let configuration = CommandConfiguration(commandName: "set-date", abstract: "Set meeting ID's date.")
        @Argument(help: "The meeting's id.") var id: Int64
        @Argument(help: "YYYY, YYYY-MM or YYYY-MM-DD.") var date: String
        @OptionGroup var options: CorrectionOptions

        func validate() throws {
            guard PartialDate.isValid(date) else { throw ValidationError("'\(date)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") }
        }

        func execute(_ console: Console) throws {
            let correction = try Curation(archive: try Archive.openForWriting(at: options.archive.path)).setMeetingDate(id, to: date, note: options.note)
            console.out("correction \(correction): meeting \(id) is dated \(date)")
        }
    }
}
