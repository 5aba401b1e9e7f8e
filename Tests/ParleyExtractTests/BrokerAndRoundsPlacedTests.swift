@testable import ParleyExtract
import Testing

/// "after a second round of US-brokered trilateral talks": the broker of talks the article calls three-way is their third
/// side; a broker of talks never called so is none.
@Suite struct BrokerOfThreeWayTalksTests {
    @Test func theBrokerIsTheThirdSide() {
        let text = "Russia and Ukraine exchanged 314 prisoners of war on Thursday, after a second round of US-brokered trilateral "
            + "talks in the capital of the United Arab Emirates ended with an agreement to keep talking."
        let talks = DatedArticle.extract(text, on: "5 February 2026").meetings.first { $0.kind == .talks }
        #expect(talks?.parties.sorted() == ["RU", "UA", "US"])
    }

    @Test func aBrokerOfTalksNeverCalledThreeWayIsNoSide() {
        let text = "Russia and Ukraine exchanged 314 prisoners of war on Thursday, after a second round of Turkish-brokered talks "
            + "in Istanbul ended with an agreement to keep talking."
        let talks = DatedArticle.extract(text, on: "5 February 2026").meetings.first { $0.kind == .talks }
        #expect(talks?.parties.sorted() == ["RU", "UA"])
    }
}

/// A numbered round told with no place right after talks told in a city, in the same paragraph, is one of them; not one
/// told in another paragraph.
@Suite struct RoundPlacedByTheTalksBeforeTests {
    @Test func theCityOfTheTalksJustTold() {
        let text = "Direct negotiations between Russian and Ukrainian delegations in Istanbul have produced little. At the third round, "
            + "on July 23, the two sides agreed to swap 1,200 prisoners."
        #expect(DatedArticle.meetings(text, on: "16 August 2025").contains("talks Istanbul 2025-07-23 held"))
    }

    @Test func notFromAnotherParagraph() {
        let text = "Direct negotiations between Russian and Ukrainian delegations in Istanbul have produced little.\n\nAt the third "
            + "round, on July 23, the two sides agreed to swap 1,200 prisoners."
        #expect(!DatedArticle.meetings(text, on: "16 August 2025").contains("talks Istanbul 2025-07-23 held"))
    }
}
