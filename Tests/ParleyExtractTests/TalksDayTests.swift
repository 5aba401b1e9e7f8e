@testable import ParleyExtract
import Testing

/// Talks between teams, a day owning the talks, and a statement made after the talks on the day of the lead.
@Suite struct TalksDayTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nPublished March 12, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func talksBetweenOfficialsAreNoLeadersMeeting() {
        let text = "Ukraine said it was ready to accept a US proposal, following more than eight hours of talks between "
            + "American and Ukrainian officials in the Saudi Arabian city of Jeddah."
        #expect(meetings(text) == ["talks Jeddah - held"])
    }

    @Test func aDayOwningTheTalks() {
        let text = "Russia and Ukraine held talks in Istanbul. Zelensky did not attend Tuesday's talks."
        #expect(meetings(text) == ["talks Istanbul 2025-03-11 held"])
    }

    @Test(arguments: [
        ("Ukraine on Tuesday said it was ready to accept a ceasefire, following more than eight hours of talks in Jeddah.",
         "talks Jeddah 2025-03-11 held"),
        ("US and Ukrainian negotiators said on Tuesday they had drafted a framework after a day of talks in Geneva.",
         "talks Geneva 2025-03-11 held"),
        // Not the day of a statement about talks it does not follow.
        ("Peskov said on Tuesday that the talks in Istanbul had been useful.", "talks Istanbul - held"),
        // Nor a day weeks before the article.
        ("Ukraine said on March 1 it was ready, following talks in Jeddah.", "talks Jeddah - held"),
    ])
    func aStatementMadeAfterTheTalks(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }
}

/// Talks with people who lead no state, and a meeting of its own told with "a ... meeting with".
@Suite struct MeetingWithPeopleTests {
    private let cast = "Ukrainian Defence Minister Rustem Umerov, U.S. Secretary of State Marco Rubio and Turkish Foreign Minister "
        + "Hakan Fidan arrived. Russia and Ukraine held talks in Istanbul on Friday.\n\n"

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMay 17, 2025\n\n" + cast + text).meetings
            .map { "\($0.kind) \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+"))" }
    }

    @Test func talksWithMinistersAreNoLeadersMeeting() {
        #expect(!meetings("Umerov then led the Ukrainian delegation at talks with Rubio and Fidan in Istanbul.").contains { $0.hasPrefix("summit") })
    }

    @Test func aMeetingOfItsOwnWithThePeopleMet() {
        #expect(meetings("On Friday, Fidan held a trilateral meeting with Umerov and Rubio.").contains("talks 2025-05-16 TR+UA+US"))
        // "the meeting with" takes up a meeting already told.
        #expect(meetings("On Friday, Fidan spoke at the meeting with Umerov and Rubio.").count == 1)
    }
}

/// A meeting told by a verb with a venue and no city is a round all the same.
@Suite struct VerbAtVenueTests {
    @Test func metAtTheKremlin() {
        let text = "Headline here\n\nDecember 3, 2025\n\nUS special envoy Steve Witkoff and Russian President Vladimir Putin are named.\n\n"
            + "Russian leader Vladimir Putin met US special envoy Steve Witkoff and Jared Kushner at the Kremlin on Tuesday evening."
        let found = Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
        #expect(found == ["talks Moscow Kremlin 2025-12-02"])
    }
}
