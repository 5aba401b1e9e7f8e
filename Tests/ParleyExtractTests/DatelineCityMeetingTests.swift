@testable import ParleyExtract
import Testing

/// A leaders' meeting the opening tells in the dateline's city is dated by the lead; "at the palace" is the palace named
/// before; "called Zelensky 'a clown'" is no call.
@Suite struct DatelineCityMeetingTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline of the day here\n\nUpdated May 15, 2025 7:12 pm ET\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test func aMeetingInTheDatelinesCityIsOnTheLeadsDay() {
        let text = "ANKARA, Turkey—Vladimir Putin declined to show up, leaving Volodymyr Zelensky to fly into Turkey on Thursday.\n\n"
            + "Zelensky, who had dared Putin to meet him \"personally\" in Turkey, spent several hours with Turkish President Recep "
            + "Tayyip Erdogan at the presidential complex in Ankara before telling reporters that the Russian team looked weak."
        #expect(meetings(text) == ["summit Ankara - 2025-05-15 TR+UA held"])
    }

    @Test func atThePalaceIsThePalaceNamedBefore() {
        let text = "Direct talks between the Russian and Ukrainian delegations are now expected Friday morning at Istanbul's Dolmabahce Palace.\n\n"
            + "Russian negotiator Vladimir Medinsky met Turkish Foreign Minister Hakan Fidan at the palace on Thursday evening."
        #expect(meetings(text).contains("talks Istanbul Dolmabahce Palace 2025-05-15 RU+TR held"))
    }

    @Test func aNameGivenInQuotationMarksIsNoCall() {
        let text = "Russian Foreign Ministry spokeswoman Maria Zakharova called Volodymyr Zelensky \"a clown\" on Thursday."
        #expect(meetings(text).isEmpty)
    }
}
