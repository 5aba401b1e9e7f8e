@testable import ParleyExtract
import Testing

@Suite struct MetadataAndMeetingTests {
    @Test func headlineDatelineAndOutlet() {
        let body = """
        Talks Resume After Long Hiatus

        Published by The Daily Ledger
        Saturday, May 17, 2025 10:03 am ET

        On May 16, delegations met in Istanbul for talks.
        """
        let e = Extractor.extract(body: body, file: "a.txt")
        #expect(e.source.title == "Talks Resume After Long Hiatus")
        #expect(e.source.published == "2025-05-17")
        #expect(e.source.outlet == "Daily Ledger")
        #expect(e.source.file == "a.txt")
    }

    @Test func leadSentenceIsNotATitleAndAgenciesAreNotOutlets() {
        let e = Extractor.extract(body: "Russia and Ukraine met in Istanbul.\nMore text here.\nReporting by AFP contributed to this article.")
        #expect(e.source.title == nil)
        #expect(e.source.outlet == nil)
        #expect(e.source.published == nil)
    }

    @Test(arguments: [
        ("Talks end\n\nKYIV, Ukraine (AP) — Ukraine and Russia agreed to swap prisoners.", "AP"),
        ("Talks end\n\nISTANBUL, June 2 (Reuters) - The delegations met for an hour.", "Reuters"),
        ("Talks end\n\nISTANBUL, June 2. /TASS/. The Russian delegation handed over a memorandum.", "TASS"),
        ("Talks end\n\nISTANBUL, June 2 - The delegations (the Russian one first) met.", nil),
        ("Talks end\n\nThe delegations met in Istanbul (Turkey) - briefly.", nil),
        ("Talks end\n\nBy Jane Doe | The Guardian\n\nThe delegations met.", "The Guardian"),
        ("Talks end\n\nBy Tom Harrington, BBC News\n\nThe delegations met.", "BBC News"),
        ("Talks end\n\nBy Jane Doe, Olena Horbach\n\nThe delegations met.", nil),
        ("Talks end\n\nEuronews | 17/05/2025\n\nThe delegations met.", "Euronews"),
        ("Talks end\n\nUkrainska Pravda — Monday, 21 July 2025, 19:47\n\nThe delegations met.", "Ukrainska Pravda"),
        ("Talks end\n\nMerve Aydin  |01.06.2025 - Update : 01.06.2025\n\nThe delegations met.", nil),
    ])
    func aWireDatelineNamesItsAgency(_ body: String, _ outlet: String?) {
        #expect(Extractor.extract(body: body).source.outlet == outlet)
    }

    @Test func knownMetadataWins() {
        let e = Extractor.extract(body: "Headline Here\n\nSaturday, May 17, 2025\n\nText.",
                                  metadata: ArticleMetadata(title: "Given", published: "2024-01-02", outlet: "Wire"))
        #expect(e.source.title == "Given")
        #expect(e.source.published == "2024-01-02")
        #expect(e.source.outlet == "Wire")
    }

    @Test func talksDateAndFollowingDayResolveAgainstTheArticleYear() {
        let body = """
        Saturday, May 17, 2025

        On April 16, representatives from Russia and Ukraine held direct talks in Istanbul.
        The following day, Russian Foreign Minister Sergei Lavrov held a telephone conversation with U.S. Secretary of State Marco Rubio.
        """
        let e = Extractor.extract(body: body)
        let talks = e.meetings.first { $0.kind == .talks }
        #expect(talks?.place == "Istanbul")
        #expect(talks?.date == "2025-04-16")
        #expect(talks?.status == .held)
        let call = e.meetings.first { $0.kind == .call }
        #expect(call?.date == "2025-04-17")
    }

    @Test func venueDatelineAndLeaderOfDelegation() {
        let body = """
        ISTANBUL, May 16th, 2025 — Russian and Ukrainian negotiators met at Istanbul's Dolmabahce Palace on Friday in their first face-to-face talks.
        Rustem Umerov, who led Ukraine's delegation, said the sides had agreed a swap.
        """
        let e = Extractor.extract(body: body)
        #expect(e.source.published == "2025-05-16")
        let talks = e.meetings.first { $0.kind == .talks }
        #expect(talks?.place == "Istanbul")
        #expect(talks?.venue == "Dolmabahce Palace")
        #expect(talks?.date == "2025-05-16")
        #expect(e.delegations.first { $0.side == "UA" }?.head == "Rustem Umerov")
    }

    @Test func leadersMeetingTakesOnlyANearbyDate() {
        let e = Extractor.extract(body: "There might be a future meeting between Zelensky and Putin, a concept unseen since their only encounter in 2019.")
        let summits = e.meetings.filter { $0.kind == .summit }
        #expect(Set(summits.map { $0.date ?? "none" }) == ["none", "2019"])
    }

    @Test func weekdayNeedsTheArticleDate() {
        let undated = Extractor.extract(body: "On Wednesday, the delegations held talks in Istanbul.")
        #expect(undated.meetings.first?.date == nil)
        let dated = Extractor.extract(body: "Friday, July 25, 2025\n\nOn Wednesday, the delegations held talks in Istanbul.")
        #expect(dated.meetings.first?.date == "2025-07-23")
    }

    @Test func exchangesSummitsAndDelegations() {
        let body = """
        Russia and Ukraine held talks in Istanbul and agreed a prisoner exchange of 1,000 prisoners from each side.
        Ukraine proposed a direct meeting between the presidents.
        The Russian delegation, led by Vladimir Medinsky, included a deputy defense minister and a deputy foreign minister.
        Ukraine’s delegation was led by Defense Minister Rustem Umerov.
        """
        let e = Extractor.extract(body: body)
        #expect(e.meetings.map(\.kind) == [.talks, .exchange, .summit])
        #expect(e.meetings[2].status == .proposed)
        #expect(e.figures.first?.meeting == e.meetings[1].id)
        let ru = e.delegations.first { $0.side == "RU" }
        #expect(ru?.head == "Vladimir Medinsky")
        #expect(ru?.members == ["deputy defense minister", "deputy foreign minister"])
        #expect(e.delegations.first { $0.side == "UA" }?.head == "Rustem Umerov")
    }

    @Test(arguments: [("Talks end\n\nEuronews | 17/05/2025\n\nThe delegations met.", "2025-05-17"),
                      ("Talks end\n\nPosted 05/17/2025\n\nThe delegations met.", "2025-05-17"),
                      ("Talks end\n\nMarkus Vogel\n03/12/2025\n\nThe delegations met.", nil),
                      // Dots, with one-digit days and months, or the year first.
                      ("Talks end\n\n19.8.2025 08:52 | Updated 19.8.2025 11:30\n\nThe delegations met.", "2025-08-19"),
                      ("Talks end\n\nNewsroom, BNS\n2025.11.24 13:06\n\nThe delegations met.", "2025-11-24"),
                      ("Talks end\n\nVersion 2.13.2025\n\nThe delegations met.", nil),
                      ("Talks end\n\nPosted 5/7/2025\n\nThe delegations met.", nil),
                      // An ISO timestamp: its day is glued to the "T".
                      ("Talks end\n\n2025-11-21T14:05:00Z\n\nThe delegations met.", "2025-11-21"),
                      ("Talks end\n\nBuild 2025-11-213\n\nThe delegations met.", nil)])
    func aPageDateWithSlashesIsRead(_ body: String, _ date: String?) {
        #expect(Extractor.extract(body: body).source.published == date)
    }

    @Test func aVenueNamesItsCity() {
        let found = Extractor.extract(body: "Talks end\n\nEuronews | 17/05/2025\n\nThe delegations met on Friday at the Dolmabahçe Palace for the first direct talks.")
        #expect(found.meetings.first.map { "\($0.place ?? "-") \($0.date ?? "-")" } == "Istanbul 2025-05-16")
    }
}

@Suite struct QuotedHeadlineTests {
    @Test func aHeadlineMayEndOnAQuotation() {
        let body = "Stubb after White House talks: Work on guarantees begins \"right away\"\n"
            + "President Alexander Stubb was one of seven European leaders in Washington on Monday.\n\nStubb spoke."
        #expect(Extractor.extract(body: body).source.title == "Stubb after White House talks: Work on guarantees begins \"right away\"")
        // Running text that closes a quotation after its stop is no headline.
        #expect(Extractor.extract(body: "He said: \"We are ready.\"\n\nStubb spoke.").source.title == nil)
    }
}
