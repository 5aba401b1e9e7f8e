@testable import ParleyExtract
import Testing

/// Speakers named only by their office, resolved to the one person of the article who holds it.
@Suite struct SpeakerByOfficeTests {
    @Test func theStatesPresidentIsItsHeadOfStateNamedInTheArticle() {
        let text = "Donald Trump and Vladimir Putin wrapped up their summit in Anchorage, with the US President now saying a full "
            + "peace agreement should be the goal."
        #expect(DatedArticle.extract(text, on: "August 17, 2025").claims.map(\.speaker) == ["Donald Trump"])
    }

    @Test func theStatesNegotiatorIsTheHeadOfItsDelegation() {
        let text = "Russian and Ukrainian negotiators met in Istanbul on Wednesday. Presidential aide Vladimir Medinsky headed the Russian "
            + "delegation.\n\nOn a leaders' meeting, the Russian negotiator said it only made sense as the final step."
        #expect(DatedArticle.extract(text, on: "July 25, 2025").claims.map(\.speaker) == ["Vladimir Medinsky"])
    }

    @Test func anOfficeTwoPeopleOfTheArticleMightHoldStaysAsTold() {
        let text = "Donald Trump met Joe Biden in Washington.\n\nThe US president said a full peace agreement should be the goal."
        #expect(DatedArticle.extract(text, on: "August 17, 2025").claims.map(\.speaker) == ["US president"])
    }

    @Test func theHeadOfTheStatesDelegationIsItsHead() {
        let text = "The third round of talks between Russia and Ukraine ended in Geneva on Wednesday, with the head of the Russian "
            + "delegation describing the negotiations as \"difficult, but businesslike.\"\n\nThe Russian delegation was led by Vladimir Medinsky."
        #expect(DatedArticle.extract(text, on: "February 18, 2026").claims.map(\.speaker) == ["Vladimir Medinsky"])
    }

    @Test(arguments: ["The chief Russian negotiator", "Russia\u{2019}s chief negotiator", "Russia's chief negotiator"])
    func theStatesChiefNegotiatorIsTheHeadOfItsDelegation(_ office: String) {
        let text = "Russian and Ukrainian delegations met in Geneva on Wednesday. The Russian delegation was led by Vladimir Medinsky."
            + "\n\n\(office) said the talks were difficult."
        #expect(DatedArticle.extract(text, on: "February 18, 2026").claims.map(\.speaker) == ["Vladimir Medinsky"])
    }
}
