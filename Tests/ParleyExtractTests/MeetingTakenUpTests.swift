@testable import ParleyExtract
import Testing

/// Meetings named again inside another's sentence: a summit counted from ("since their summit in Anchorage, Alaska, on
/// Aug. 15"), a counted appositive ("their third White House meeting this year") and a meeting a day is counted from
/// ("Three days after that meeting, ...").
@Suite struct MeetingTakenUpTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nOctober 17, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test func aSummitSinceWhichLeadersSpokeIsTheirsOnTheDayAfterItsPlacesState() {
        let text = "Donald Trump spoke with Vladimir Putin by phone on Thursday. The call was the first between the two presidents "
            + "since their summit in Anchorage, Alaska, on Aug. 15."
        #expect(meetings(text).filter { $0.hasPrefix("summit") } == ["summit Anchorage 2025-08-15 RU+US held"])
    }

    @Test func aCountedMeetingSetOffAfterTheVerbIsThatMeeting() {
        let text = "Volodymyr Zelenskyy met Donald Trump over lunch at the White House on Friday, their third White House meeting this year."
        #expect(meetings(text) == ["summit Washington 2025-10-17 UA+US held"])
    }

    @Test func aDayCountedFromThatMeetingDatesTheNextOne() {
        let text = "Donald Trump and Vladimir Putin met in Anchorage on Aug. 15. Three days after that meeting, Volodymyr Zelenskyy "
            + "and several European leaders met Donald Trump at the White House."
        #expect(meetings(text) == ["summit Anchorage 2025-08-15 RU+US held", "summit Washington 2025-08-18 UA+US held"])
    }

    @Test func aNamedGatheringCameDaysAfterTheMeetingItsSentenceTells() {
        let text = "Volodymyr Zelenskyy met Donald Trump in the Oval Office on Monday.\n\nThe White House gathering came three days "
            + "after Donald Trump and Vladimir Putin met for nearly three hours at a military base in Anchorage, Alaska."
        let found = Extractor.extract(body: "Headline here\n\nAugust 19, 2025\n\n" + text).meetings
        #expect(found.first { $0.place == "Anchorage" }?.date == "2025-08-15")
    }

    @Test func roundsInEachMonthOfAList() {
        let text = "Russian and Ukrainian negotiators have held three rounds in Istanbul this year -- in May, June and July -- agreeing "
            + "on large prisoner exchanges."
        let found = Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n" + text).meetings
        #expect(found.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-")" } == ["talks Istanbul 2025-05", "talks Istanbul 2025-06", "talks Istanbul 2025-07"])
    }

    @Test func roundsTakenUpByTheirOrdinal() {
        let text = "Türkiye has hosted all three rounds of the renewed talks. The first, on May 16 at the Dolmabahçe Palace, produced a "
            + "prisoner swap; the second, on June 2, led to exchanges of wounded soldiers."
        let found = Extractor.extract(body: "Headline here\n\nJuly 25, 2025\n\n" + text).meetings.filter { $0.round != nil }
        #expect(found.map { "\($0.round!) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
            == ["1 Istanbul Dolmabahçe Palace 2025-05-16", "2 - - 2025-06-02"])
    }
}
