@testable import ParleyExtract
import Testing

/// Members set off beside a delegation's head, a second name after "led by", a meeting told by
/// "sat down ... with", and venues whose last word is in lower case.
@Suite struct DelegationAsideTests {
    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nPublished February 18, 2025\n\n" + text)
    }

    private func delegations(_ text: String) -> [String] {
        extract(text).delegations.map { "\($0.side) \($0.head ?? "-") [\($0.members.joined(separator: ", "))]" }.sorted()
    }

    @Test func membersSetOffByIncludingAndAlongside() {
        let text = "The U.S. delegation, led by Secretary of State Marco Rubio and including national security adviser "
            + "Mike Waltz and special envoy Steve Witkoff, sat down at Diriyah Palace in Riyadh with a Russian team headed "
            + "by Foreign Minister Sergey Lavrov, alongside Kremlin foreign policy aide Yuri Ushakov."
        #expect(delegations(text) == ["RU Sergei Lavrov [Yuri Ushakov]", "US Marco Rubio [Mike Waltz, Steve Witkoff]"])
        #expect(extract(text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-")" } == ["talks Riyadh Diriyah Palace"])
    }

    @Test func aSecondNameAfterLedByIsAMember() {
        let text = "US and Ukrainian officials held talks in Jeddah on Tuesday. The US delegation was led by secretary of state "
            + "Marco Rubio and national security adviser Mike Waltz."
        #expect(delegations(text).contains("US Marco Rubio [Mike Waltz]"))
    }

    @Test(arguments: [
        ("The meeting took place at the Ritz-Carlton hotel.", "Ritz-Carlton hotel"),
        ("The talks were held at the US mission in Jeddah.", "US mission"),
    ])
    func aVenueWithItsHeadInLowerCase(_ sentence: String, _ venue: String) {
        let text = "US and Ukrainian officials held talks in Jeddah on Tuesday. " + sentence
        #expect(extract(text).meetings.first?.venue == venue)
    }
}

/// A side sits only at talks its state is party to; the main round's sides named after "between", or in its
/// own clause.
@Suite struct SidesAtTheirTalksTests {
    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nPublished March 12, 2025\n\n" + text)
    }

    @Test func talksBetweenNameTheirSides() {
        let text = "Ukraine on Tuesday said it was ready to accept a US proposal for a ceasefire with Russia, following eight hours "
            + "of talks between American and Ukrainian officials in the Saudi Arabian city of Jeddah. Russia said nothing. Russia waited. "
            + "The US delegation was led by Secretary of State Marco Rubio."
        let e = extract(text)
        #expect(e.meetings.first?.parties == ["UA", "US"])
        // ("American and Ukrainian officials" at the talks: Ukraine's negotiators are a delegation with no head named.)
        #expect(e.delegations.map(\.side) == ["US", "UA"])
    }

    @Test func anotherClausesStatesAreNotTheSides() {
        let text = "US and Ukrainian negotiators said on Sunday they had drafted a framework after a day of talks in Geneva on "
            + "Washington's plan, while Lithuanian leaders cautioned that any settlement must not reward Russia. Russia said no. Russia waited."
        #expect(extract(text).meetings.first?.parties == ["UA", "US"])
    }

    @Test func aSideThatIsNoPartyToTheTalksSitsAtNone() {
        let text = "Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov held talks in Riyadh on Tuesday. "
            + "Andriy Yermak, the head of Ukraine's presidential office, led a Ukrainian delegation that included Rustem Umerov."
        #expect(!extract(text).delegations.contains { $0.side == "UA" })
    }
}
