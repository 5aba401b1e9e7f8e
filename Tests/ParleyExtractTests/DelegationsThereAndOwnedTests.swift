@testable import ParleyExtract
import Testing

/// Delegations read on heldout text: two sides' delegations in a sentence opening "There," after a city and day, or "In
/// Geneva on Nov. 23,", sat at a round of their own; "Rustem Umerov's delegation" is headed by him (a leader's is not);
/// "the Russian side was made up of officials headed by X"; a list of members ends at a day or a bearing set off after it;
/// "According to X, who led Moscow's team, ..." reports what follows the clause on X.
@Suite struct DelegationsThereAndOwnedTests {
    private static let kremlin = "Steve Witkoff held talks with Vladimir Putin in the Kremlin on Tuesday."

    @Test func delegationsThereAtTheCityAndDayJustTold() {
        let heads = DatedArticle.heads(Self.kremlin + " The shuttle began in Geneva on Nov. 23. There, a U.S. delegation led by Marco "
            + "Rubio went through the draft plan with a Ukrainian delegation headed by Andriy Yermak.", on: "4 December 2025")
        #expect(heads == ["Geneva 2025-11-23 UA Andriy Yermak", "Geneva 2025-11-23 US Marco Rubio"])
    }

    @Test func delegationsInASentenceOpeningWithTheirCityAndDay() {
        let heads = DatedArticle.heads(Self.kremlin + " In Geneva on Nov. 23, a U.S. delegation led by Marco Rubio went through the "
            + "draft plan with a Ukrainian delegation headed by Andriy Yermak.", on: "4 December 2025")
        #expect(heads == ["Geneva 2025-11-23 UA Andriy Yermak", "Geneva 2025-11-23 US Marco Rubio"])
    }

    @Test func thereWithNoCityAndDayJustToldIsTheRoundKnown() {
        let found = DatedArticle.meetings(Self.kremlin + " There, a U.S. delegation led by Marco Rubio went through the draft plan "
            + "with a Russian delegation headed by Yuri Ushakov.", on: "4 December 2025")
        #expect(found == ["talks Moscow 2025-12-02 held"])
    }

    @Test func aDelegationNamedForItsHead() {
        let found = DatedArticle.extract("Talks in Geneva ended on Nov. 23. Rustem Umerov's delegation, which included Sergiy "
            + "Kyslytsya, then met a U.S. team in Hallandale Beach on Nov. 30.", on: "4 December 2025")
        let ua = found.delegations.first { $0.side == "UA" }
        #expect(ua?.head == "Rustem Umerov")
        #expect(ua?.members == ["Sergiy Kyslytsya"])
    }

    @Test func aLeadersDelegationIsNotHeadedByTheLeader() {
        let heads = DatedArticle.heads("Russian and Ukrainian delegations met in Istanbul on Friday. President Vladimir Putin's "
            + "delegation, which included Yuri Ushakov, left early.", on: "17 May 2025")
        #expect(!heads.contains { $0.hasSuffix("Vladimir Putin") })
    }

    @Test func aSideMadeUpOfOfficialsHeadedBySomeone() {
        let heads = DatedArticle.heads("Delegations from Russia, Ukraine and the United States met in Abu Dhabi on Friday and "
            + "Saturday. The Russian side was made up of defence ministry officials headed by Admiral Igor Kostyukov.", on: "25 January 2026")
        #expect(heads == ["Abu Dhabi 2026-01-23 RU Igor Kostyukov"])
    }

    @Test func membersEndAtADayOrABearingSetOffAfterThem() {
        let found = DatedArticle.extract("Talks in Geneva ended on Nov. 23. A Ukrainian team then met a U.S. team led by Marco Rubio, "
            + "with Steve Witkoff and Jared Kushner at his side, on Sunday, Nov. 30, at a golf club in Hallandale Beach, north of "
            + "Miami.", on: "4 December 2025")
        #expect(found.delegations.first { $0.side == "US" }?.members == ["Steve Witkoff", "Jared Kushner"])
    }

    @Test func accordingToASourceSetOffByARelativeClause() {
        let claims = DatedArticle.claims("Talks in Geneva ended on Wednesday. According to presidential aide Vladimir Medinsky, who "
            + "led Moscow's team, the first day lasted six hours.", on: "18 February 2026")
        #expect(claims == ["Vladimir Medinsky | the first day lasted six hours"])
    }
}
