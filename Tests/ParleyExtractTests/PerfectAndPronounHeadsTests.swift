@testable import ParleyExtract
import Testing

/// "the Ukrainian team in Geneva had been led by Andriy Yermak" heads that round past a perfect's two words; "In March 2022
/// he led the Russian delegation at the Istanbul talks" heads them by the Russian named just before.
@Suite struct PerfectAndPronounHeadsTests {
    private func heads(_ text: String, on day: String) -> [String] { DatedArticle.heads(text, on: day) }

    @Test func ledPastHadBeen() {
        let text = "US and Ukrainian officials met in Geneva on 23 November. The Ukrainian team in Geneva had been led by Andriy Yermak, "
            + "the head of the Presidential Office."
        #expect(heads(text, on: "01.12.2025") == ["Geneva 2025-11-23 UA Andriy Yermak"])
    }

    @Test func aPronounHeadsTheSideOfThePersonJustNamed() {
        let text = "Talks between Russia, Ukraine and the United States were held in Geneva on Tuesday. Vladimir Medinsky's record "
            + "hardly inspires confidence. In March 2022 he led the Russian delegation at the Istanbul talks that collapsed within weeks."
        #expect(heads(text, on: "18.02.2026").contains("Istanbul 2022-03 RU Vladimir Medinsky"))
    }

    /// Guard: a pronoun stands for no one of another side than the delegation's.
    @Test func aPronounOfAnotherSide() {
        let text = "Talks between Russia, Ukraine and the United States were held in Geneva on Tuesday. Rustem Umerov's record is "
            + "mixed. In March 2022 he led the Russian delegation at the Istanbul talks."
        #expect(!heads(text, on: "18.02.2026").contains { $0.contains("Umerov") })
    }
}
