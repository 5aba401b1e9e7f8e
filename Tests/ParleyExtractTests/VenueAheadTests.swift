@testable import ParleyExtract
import Testing

/// A venue and day told before the round they belong to, talks in general, a city before
/// "meeting", and a weekday for a round to come.
@Suite struct VenueAheadTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func aVenueAndDayWaitForTheirRound() {
        let text = """
            US envoy Steve Witkoff spent about five hours with Vladimir Putin at the Kremlin on Tuesday, but left without a \
            breakthrough on the question that has stalled every round of talks this year.

            The Moscow meeting capped a frantic fortnight.
            """
        #expect(meetings(text) == ["talks Moscow Kremlin 2025-12-02 held"])
    }

    @Test func aRoundToComeTakesItsWeekday() {
        let text = """
            Rustem Umerov, the secretary of Ukraine's security council, spoke to US envoy Steve Witkoff. \
            Umerov is due to meet Witkoff again in Miami on Thursday.
            """
        #expect(meetings(text).contains("talks Miami - 2025-12-04 planned"))
    }
}

/// A city before "summit", and a city whose name has its article.
@Suite struct CityNameTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n" + text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-")" }
    }

    @Test func aCityBeforeSummit() {
        #expect(meetings("The Anchorage summit on Friday was the first meeting of its kind since 2021.").first == "summit Anchorage 2025-08-15")
    }

    @Test func theHague() {
        #expect(meetings("Donald Trump met Volodymyr Zelensky in The Hague on Wednesday.").first == "summit The Hague 2025-08-13")
    }
}

/// A known venue told of "the session" places a round that had no place.
@Suite struct SessionVenueTests {
    @Test func theSessionsVenue() {
        let text = """
            Russia and Ukraine agreed to the largest prisoner exchange of the war on Friday, but their first direct peace talks \
            in three years broke up after two hours.

            Hakan Fidan, Turkey's foreign minister, opened the session at Dolmabahçe Palace on the Bosphorus.
            """
        let e = Extractor.extract(body: "Headline here\n\n16 May 2025 5:41pm BST\n\n" + text)
        #expect(e.meetings.first { $0.kind == .talks }.map { "\($0.place ?? "-") \($0.venue ?? "-")" } == "Istanbul Dolmabahçe Palace")
    }
}
