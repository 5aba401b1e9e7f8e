import ParleyExtract
import Testing

/// Leaders and cities beyond the two sides: "Prime Minister Narendra Modi, who met Putin ... in Tianjin on Monday".
@Suite struct WiderWorldTests {
    @Test func aLeaderOfAnotherStateMeetsInACityOfItsOwn() {
        let text = "Headline here\n\nPublished September 5, 2025\n\nRussian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy spoke.\n\nPrime Minister Narendra "
            + "Modi, who met Putin on the sidelines of the Shanghai Cooperation Organisation summit in Tianjin on Monday, told the "
            + "Russian leader that a way had to be found to end the conflict. Modi had spoken to Zelenskyy by phone on Saturday."
        let extraction = Extractor.extract(body: text)
        #expect(extraction.people.first { $0.name == "Narendra Modi" }?.country == "IN")
        #expect(extraction.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["summit Tianjin 2025-09-01 [\"IN\", \"RU\"]", "call - 2025-08-30 [\"IN\", \"UA\"]"])
    }

    @Test(arguments: ["Catch all the World News, Breaking News, Weather Updates and Latest News on The Times of India.",
                      "Start a Conversation"])
    func pageFooterLinesAreDebris(line: String) {
        #expect(Extractor.extract(body: "Talks end\n\nThe talks ended.\n\n\(line)").people.isEmpty)
    }
}

/// "Putin is due in New Delhi in December for the annual India-Russia summit": a month to come is the next such month,
/// the summit the stay is for takes it, and the states joined by a hyphen are its sides.
@Suite struct MonthAheadTests {
    @Test(arguments: [("September 5, 2025", "2025-12"), ("December 20, 2025", "2025-12")])
    func theSummitAhead(published: String, month: String) {
        let text = "Headline here\n\nPublished \(published)\n\nRussian President Vladimir Putin spoke.\n\n"
            + "Putin is due in New Delhi in December for the annual India-Russia summit."
        #expect(Extractor.extract(body: text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted()) \($0.status.rawValue)" }
            == ["summit New Delhi \(month) [\"IN\", \"RU\"] planned"])
    }

    @Test func aMonthPastStaysInTheArticlesYear() {
        let text = "Headline here\n\nPublished September 5, 2025\n\nRussian President Vladimir Putin spoke.\n\n"
            + "Putin was in New Delhi in March for the annual India-Russia summit."
        #expect(Extractor.extract(body: text).meetings.map { $0.date ?? "-" } == ["2025-03"])
    }
}
