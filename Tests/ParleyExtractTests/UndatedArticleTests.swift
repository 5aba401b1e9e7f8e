@testable import ParleyExtract
import Testing

/// An article with no date of its own still reads its days in the year it names, and a day told with another
/// venue than the main round's is not the main round's.
@Suite struct UndatedArticleTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.venue ?? "-") \($0.date ?? "-")" }
    }

    private let lead = """
        Talks end

        ISTANBUL

        Russian and Ukrainian delegations agreed to exchange 1,200 prisoners of war each during a third round of direct \
        talks at Istanbul's Çırağan Palace on Wednesday.
        """

    @Test func daysAreReadInTheYearTheArticleNames() {
        let text = lead + "\n\nIt was the third round in 2025, after the first round on May 16 and a second on June 2."
        #expect(meetings(text).contains("talks - 2025-05-16"))
        #expect(Extractor.extract(body: text).source.published == nil)
    }

    @Test func anotherVenuesDayIsNotTheMainRounds() {
        let text = lead + "\n\nIt was hosted in 2025, after the first session at Dolmabahçe Palace on May 16."
        #expect(meetings(text).contains("talks Çırağan Palace -"))
    }

    @Test func aYearToldOnlyOfThePastDatesNothing() {
        let text = lead + "\n\nThe first round was on May 16. Russia's invasion began in February 2022, and a 2022 decree bars it."
        #expect(meetings(text).contains("talks - -"))
        #expect(!meetings(text).contains { $0.hasPrefix("talks - 2022") })
    }

    @Test func aMonthAloneIsReadInTheArticlesYear() {
        let text = lead + "\n\nIt was the third round Türkiye has hosted in 2025. An official said the next round could be held in "
            + "Istanbul in August."
        #expect(meetings(text).contains("talks - 2025-08"))
    }
}

/// An undated article that tells when the war began and how long it has lasted is read in that year.
@Suite struct WarLengthYearTests {
    @Test(arguments: [
        ("The war began in February 2022. The Kremlin downplayed hopes after three and a half years of conflict.", 2025),
        ("Russia launched its invasion in February 2022. After more than three years of war, the sides met.", 2025),
        ("The invasion began on 24 February 2022. Four years into the war, talks resumed.", 2026),
        ("The war began in February 2022. Soldiers under 25 years of age, war or not.", nil),
        ("After three years of war, the sides met.", nil),
    ] as [(String, Int?)])
    func yearFromTheWarsLength(_ text: String, _ year: Int?) {
        #expect(MetadataRules.latestYear(Document(text)) == year)
    }
}
