@testable import ParleyExtract
import Testing

/// Rounds of one series told across a report: the round something was agreed at, a round named by its number over the days
/// it lasted, an earlier round of the series with no place of its own, an exchange agreed and held the same day.
@Suite struct RoundsOfASeriesTests {
    private let abuDhabi = "Delegations from the United States, Russia and Ukraine wrapped up two days of talks in Abu Dhabi on "
        + "Thursday with an agreement to exchange 314 prisoners of war, the first swap between Moscow and Kyiv since the autumn.\n\n"

    @Test func aRoundSomethingWasAgreedAtWasHeldThatDay() {
        #expect(DatedArticle.meetings("Russia and Ukraine yesterday agreed to exchange more prisoners of war at a second round of "
            + "direct peace talks in Istanbul, but failed to make progress toward a ceasefire.", on: "03.06.2025")
            == ["talks Istanbul 2025-06-02 held"])
    }

    @Test func aRoundNumberedOverItsDaysIsTheRoundReportedAndAnEarlierOneIsNoneOfAnotherDay() {
        let text = abuDhabi + "The talks, held on February 4 and 5, were the second round of trilateral meetings hosted by the "
            + "United Arab Emirates.\n\nThe first round of trilateral talks, on January 23 and 24, was the first time officials of the "
            + "three countries had sat at the same table.\n\nUS and Russian delegations, led by Marco Rubio and Sergei Lavrov, met at "
            + "Diriyah Palace in Riyadh on February 18, 2025 - the first high-level US-Russian talks since the invasion."
        let talks = DatedArticle.meetings(text, on: "05.02.2026").filter { $0.hasPrefix("talks") }
        #expect(talks == ["talks Abu Dhabi 2026-02-04 held", "talks - 2026-01-23 held", "talks Riyadh 2025-02-18 held"])
    }

    @Test func anExchangeAgreedAndCarriedOutParagraphsLaterIsOne() {
        let said = "Steve Witkoff, who led the American team alongside Jared Kushner, announced the deal on X, saying Russia and "
            + "Ukraine would each release 157 captives.\n\n\"This is the first exchange in the last five months,\" Witkoff said, "
            + "adding that the outcome had come from talks that were \"detailed and productive\" but that significant work remained.\n\n"
        let text = abuDhabi + said + "The exchange was carried out later on Thursday. \"Today's exchange came after a long pause, and "
            + "it is critical that we were able to make it happen,\" Ukrainian President Volodymyr Zelensky wrote on social media."
        #expect(DatedArticle.meetings(text, on: "05.02.2026").filter { $0.hasPrefix("exchange") } == ["exchange - 2026-02-05 held"])
    }

    @Test(arguments: ["The delegations agreed to report back to their capitals and to continue trilateral discussions in the coming "
                      + "weeks, Witkoff said.",
                      "Witkoff said the delegations would report back and continue the trilateral talks \"in the coming weeks.\""])
    func talksToBeContinuedAfterARoundAreOneToCome(text: String) {
        #expect(DatedArticle.meetings("Russia and Ukraine held talks in Abu Dhabi on Thursday.\n\n" + text, on: "05.02.2026")
            == ["talks Abu Dhabi 2026-02-05 held", "talks - - planned"])
    }

    @Test func talksContinuedBeforeAnyRoundAreNoneToCome() {
        #expect(!DatedArticle.meetings("Witkoff said both sides wanted to continue the talks.", on: "05.02.2026")
            .contains { $0.hasSuffix("planned") })
    }

    @Test func aHeadNamedBeforeALongAppositionLeadsHisSide() {
        let text = abuDhabi + "Rustem Umerov, the secretary of Ukraine's National Security and Defense Council, again led Kyiv's "
            + "delegation, while the Russian side was headed, as in January, by Admiral Igor Kostyukov."
        #expect(DatedArticle.heads(text, on: "05.02.2026").contains("Abu Dhabi 2026-02-04 UA Rustem Umerov"))
    }

    @Test func anExchangeARoundProducedTakesNoDayOfTheRound() {
        let text = "The first round of talks, held at Istanbul's Dolmabahçe Palace on 16 May, produced a 1,000-for-1,000 exchange of "
            + "prisoners that was carried out over three days."
        #expect(DatedArticle.meetings(text, on: "23.07.2025").filter { $0.hasPrefix("exchange") } == ["exchange - - held"])
    }
}
