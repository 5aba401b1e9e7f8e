@testable import ParleyExtract
import Testing

/// "their first in-person encounter in more than six years": a gap between leaders' meetings when the sentence tells
/// leaders, between rounds of talks otherwise; "for the second time in less than three weeks": an interval too.
@Suite struct GapBetweenMeetingsTests {
    private func figures(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n" + text).figures
            .map { "\($0.topic) \($0.value) \($0.unit ?? "-") \($0.qualifier ?? "-")" }
    }

    @Test(arguments: [
        ("President Donald Trump and Russian President Vladimir Putin ended their first in-person encounter in more than six years on Friday.",
         "leaders_meeting 6.0 years more than"),
        ("Russian and Ukrainian negotiators met in Istanbul on Monday for the second time in less than three weeks.",
         "negotiations 3.0 weeks less than"),
        ("The two sides met face-to-face at Dolmabahçe Palace on May 16, the first such encounter in more than three years.",
         "negotiations 3.0 years more than"),
    ])
    func gapCounted(_ text: String, _ expected: String) {
        #expect(figures(text) == [expected])
    }
}
