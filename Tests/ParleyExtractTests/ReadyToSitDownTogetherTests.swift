@testable import ParleyExtract
import Testing

/// "Zelensky has said repeatedly that he is ready to sit down with Trump and Putin together": the speaker is one of those who
/// would meet, so the meeting put forward is three-sided.
@Suite struct ReadyToSitDownTogetherTests {
    private static let lead = "Russian and Ukrainian delegations met in Istanbul on Monday. Volodymyr Zelensky, Donald Trump and Vladimir "
        + "Putin spoke.\n\n"

    @Test func theSpeakerReadyToSitDownWithTwoOthers() {
        let found = DatedArticle.extract(Self.lead + "Zelensky has said repeatedly that he is ready to sit down with Trump and Putin "
            + "together.", on: "June 3, 2025")
        #expect(found.meetings.last.map { "\($0.kind.rawValue) \($0.status.rawValue) \($0.parties.sorted().joined(separator: ","))" }
            == "summit proposed RU,UA,US")
    }

    @Test func anotherSpeakerIsNoSide() {
        let found = DatedArticle.extract(Self.lead + "Macron said that the leaders of Russia and the United States should sit down together.",
                                         on: "June 3, 2025")
        #expect(!found.meetings.contains { $0.parties.contains("FR") })
    }
}
