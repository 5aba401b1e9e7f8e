@testable import ParleyExtract
import Testing

/// "Several of them said ...": some of the unnamed sources named last speak; with no such group before, nobody is made up.
@Suite struct SomeOfThemSpeakTests {
    private func speakers(_ text: String) -> [String] {
        DatedArticle.extract(text, on: "Dec. 3, 2025").claims.map(\.speaker)
    }

    @Test func someOfTheSourcesNamedLast() {
        #expect(speakers("European officials, who were largely left out of the drafting of the plan, have warned that any settlement "
            + "would invite further aggression. Several of them said privately that they were waiting for news from Moscow.")
            == ["European officials", "European officials"])
    }

    @Test func noGroupNamedBefore() {
        #expect(!speakers("The talks ended late. Several of them said privately that they were waiting for news from Moscow.")
            .contains("European officials"))
    }
}
