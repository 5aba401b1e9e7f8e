@testable import ParleyExtract
import Testing

/// "Leaders of Ukraine's allies meeting in Paris on Tuesday agreed ..." (or "met") is a leaders' meeting there that day; a
/// city and a day set before the clause ("In Berlin on 14 December, ...") place time spent with someone.
@Suite struct LeadersMeetingAndFrontedCityTests {
    @Test(arguments: ["meeting in Paris on Tuesday agreed", "met in Paris on Tuesday and agreed"])
    func leadersMeetingInACity(_ verb: String) {
        let text = "Leaders of Ukraine’s allies \(verb) on the outlines of post-war security guarantees for Kyiv."
        #expect(DatedArticle.meetings(text, on: "07.01.2026") == ["summit Paris 2026-01-06 held"])
    }

    @Test func aFrontedCityAndDay() {
        let text = "In Berlin on 14 December, Volodymyr Zelensky, accompanied by Rustem Umerov, spent more than five hours with "
            + "Steve Witkoff and Jared Kushner."
        #expect(DatedArticle.meetings(text, on: "07.01.2026") == ["talks Berlin 2025-12-14 held"])
    }

    /// Guard: a fronted city where something was said places no meeting told in what was said.
    @Test func aFrontedCityOfAStatement() {
        let text = "In Kyiv on Monday, Volodymyr Zelensky said Ukraine was ready to meet the US envoys again."
        #expect(!DatedArticle.meetings(text, on: "07.01.2026").contains { $0.contains("Kyiv") })
    }
}
