@testable import ParleyExtract
import Testing

/// "Witkoff and Kushner met Putin at the Kremlin on Thursday night", in a report on talks in Abu Dhabi: a verb of meeting
/// with a weekday of its own at another place is another meeting; "On 14 August last year, the eve of Trump and Putin's
/// summit in Anchorage" puts the summit on the day after; "84 Ukrainian prisoners were swapped" tells a held exchange.
@Suite struct EveAndKremlinNightTests {
    /// The article's own day is Friday, January 23, 2026.
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJanuary 23, 2026\n\n"
                          + "Delegations from the United States, Russia and Ukraine began two days of talks in Abu Dhabi on Friday.\n\n"
                          + "US envoy Steve Witkoff, Jared Kushner and President Donald Trump spoke.\n\n" + text)
            .meetings.dropFirst().map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test(arguments: [
        "Witkoff and Kushner met Russian President Vladimir Putin at the Kremlin on Thursday.",
        "The talks came hours after Witkoff and Kushner met Russian President Vladimir Putin at the Kremlin on Thursday night, "
            + "in a meeting that ran past midnight.",
    ])
    func aMeetingElsewhereOnItsOwnDay(text: String) {
        #expect(meetings(text) == ["talks Moscow 2026-01-22 held"])
    }

    @Test func theSameDayAtTheMainRoundsPlaceIsNoOther() {
        #expect(meetings("The delegations met again in Abu Dhabi on Friday.") == [])
    }

    @Test func theEveOfASummit() {
        let text = "On 14 August last year, the eve of Trump and Russian President Vladimir Putin's summit in Anchorage, Alaska, "
            + "the two leaders spoke."
        #expect(meetings(text).contains("summit Anchorage 2025-08-15 held"))
    }

    @Test func countedPrisonersOfAStateSwapped() {
        let text = "On 14 August last year, 84 Ukrainian prisoners were swapped for 84 Russians in a deal mediated by the UAE."
        #expect(meetings(text) == ["exchange - 2025-08-14 held"])
    }
}
