@testable import ParleyExtract
import Testing

/// "a Ukrainian team led by Mr Umerov and including the chief of the general staff, Andriy Hnatov": a member named in a
/// state's team is of that state; the coalition's size and a guarantee given are figures of security guarantees.
@Suite struct TeamMemberStateTests {
    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\n" + text)
    }

    @Test(arguments: [
        "A Ukrainian team led by Rustem Umerov and including the chief of the general staff, Andriy Hnatov, flew to Miami.",
        "The Ukrainian delegation, headed by Rustem Umerov, which also included Andriy Hnatov, met in Geneva.",
    ])
    func aMemberOfAStatesTeam(text: String) {
        #expect(extract(text).people.first { $0.name == "Andriy Hnatov" }?.country == "UA")
    }

    @Test func aPersonAfterAVerbOfSayingIsNoMember() {
        let text = "A Ukrainian team flew to Miami, the analyst Andriy Hnatov wrote, and met Witkoff there."
        #expect(extract(text).people.first { $0.name == "Andriy Hnatov" }?.country == nil)
    }

    @Test func theGroupOfCountriesReadyToGuarantee() {
        let text = "Leaders held a videoconference of the so-called coalition of the willing, the group of roughly 30 countries "
            + "prepared to help guarantee a postwar settlement."
        #expect(extract(text).figures.map { "\($0.topic) \($0.value.formatted())" } == ["security_guarantees 30"])
    }
}
