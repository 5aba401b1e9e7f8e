@testable import ParleyExtract
import Testing

/// "Edited by ..." and an author's disclosure name no person of the news; a name ending in a venue or corridor noun is no
/// person; a subscription call is no name; two given names of other first letters make two people of one surname.
@Suite struct CreditsVenuesAndNamesakesTests {
    private func names(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDec. 3, 2025\n\n" + text).people.map(\.name)
    }

    @Test(arguments: [
        "Ukrainian President Volodymyr Zelensky said the talks went well.\n\nEdited by Malcolm Fairbairn.",
        "Ukrainian President Volodymyr Zelensky said the talks went well.\n\nAdditional reporting by Malcolm Fairbairn in Kyiv",
        "Ukrainian President Volodymyr Zelensky said the talks went well.\n\nMalcolm Fairbairn does not work for, consult or own shares in any company.",
    ])
    func creditsNameNoPerson(_ text: String) {
        #expect(names(text) == ["Volodymyr Zelensky"])
    }

    @Test(arguments: [
        "At Maximos Mansion, Greek Prime Minister Kyriakos Mitsotakis welcomed him.",
        "Gas will reach Kyiv through the so-called Vertical Corridor, Greek Prime Minister Kyriakos Mitsotakis said.",
        "Greek Prime Minister Kyriakos Mitsotakis said so.\n\nRepublish our articles under a Creative Commons licence.",
        "Greek Prime Minister Kyriakos Mitsotakis said so.\n\nJoin Al-Monitor PRO for exclusive analysis.",
    ])
    func venuesCorridorsAndCallsToSubscribeAreNoPeople(_ text: String) {
        #expect(names(text) == ["Kyriakos Mitsotakis"])
    }

    @Test func namesakesOfOtherGivenNamesAreTwoPeople() {
        let text = "Sheikh Abdullah bin Zayed Al Nahyan, the foreign minister, said he hoped for progress. "
            + "President Sheikh Mohamed bin Zayed Al Nahyan had expressed hope too. Al Nahyan spoke later."
        #expect(names(text) == ["Abdullah bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan"])
    }

    @Test(arguments: [
        "Sergei Lavrov met Rubio. Sergey Lavrov said later the talks were useful.",
        "“Today Putin rejected the proposal,” said Vladimir Putin's critic. Vladimir Putin denied it.",
    ])
    func transliterationsAndOpenersStayOnePerson(_ text: String) {
        #expect(names(text).filter { $0.hasSuffix("Lavrov") || $0.hasSuffix("Putin") }.count == 1)
    }
}
