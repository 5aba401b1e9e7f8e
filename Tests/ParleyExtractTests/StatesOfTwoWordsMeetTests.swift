@testable import ParleyExtract
import Testing

/// "delegations from the United States and Ukraine met": a state of two words among those who meet; "discussed the peace
/// negotiations with Zelensky by phone" is a call, the negotiations only its topic.
@Suite struct StatesOfTwoWordsMeetTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "VILNIUS, Nov. 24, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("On Sunday, delegations from the United States and Ukraine met in Geneva.", "talks Geneva 2025-11-23 UA+US held"),
        ("On Sunday, delegations from the United Kingdom and Ukraine met in Geneva.", "talks Geneva 2025-11-23 GB+UA held"),
    ])
    func aStateOfTwoWordsIsASide(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test(arguments: [
        "Lithuanian President Gitanas Nausėda discussed the peace negotiations with Ukrainian President Volodymyr Zelensky by phone on Monday.",
        "Lithuanian President Gitanas Nausėda discussed the talks with Ukrainian President Volodymyr Zelensky by phone on Monday.",
    ])
    func discussingByPhoneIsACallAboutTheTalks(_ text: String) {
        #expect(meetings(text) == ["call - 2025-11-24 LT+UA held"])
    }
}
