@testable import ParleyExtract
import Testing

/// A leader visiting a city of another state meets its side there ("visiting Ankara on Tuesday", "on a visit to Dublin",
/// "will visit Ankara"); an envoy's visit or a visit counted among others is none; "the Trump-Putin summit" a day is
/// counted from is theirs, not another leaders' meeting told before.
@Suite struct LeaderVisitTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nFebruary 18, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("Ukrainian President Volodymyr Zelenskyy, visiting Ankara on Tuesday, said Ukraine had not been invited.",
         "summit Ankara 2025-02-18 TR+UA held"),
        ("Ukrainian President Volodymyr Zelenskyy, on a visit to Ankara on Tuesday, said Ukraine had not been invited.",
         "summit Ankara 2025-02-18 TR+UA held"),
        ("Ukrainian President Volodymyr Zelenskyy will visit Ankara on Thursday.", "summit Ankara 2025-02-20 TR+UA planned"),
    ])
    func aLeadersVisitAbroad(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test(arguments: [
        "US Vice President JD Vance said during a visit to India that the proposal was explicit.",
        "It was US envoy Steve Witkoff's sixth visit to Russia this year.",
        "Ukrainian President Volodymyr Zelenskyy visited Kyiv's hospitals on Tuesday.",
    ])
    func otherVisitsAreNoMeeting(_ text: String) {
        #expect(meetings(text).isEmpty)
    }

    @Test func aNamedSummitIsTheirs() {
        let text = "Ukrainian President Volodymyr Zelensky, who was on a visit to Dublin on Tuesday, said he was waiting.\n\n"
            + "Witkoff last met Russian President Vladimir Putin in Moscow on August 6, nine days before the Trump-Putin summit in Anchorage."
        let found = Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\n" + text).meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" }
        #expect(found.contains("Anchorage 2025-08-15"))
        #expect(found.contains("Dublin 2025-12-02"))
    }
}
