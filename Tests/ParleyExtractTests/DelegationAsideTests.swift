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
