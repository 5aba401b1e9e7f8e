@testable import ParleyExtract
import Testing

/// A threat told by what it threatens, in quotation marks or after "with", is what was said ("threatened \"very severe
/// consequences\" if ...", "threatened Russia with ..."); "in recent weeks" between the subject and the verb is no speaker.
@Suite struct ThreatsToldTests {
    private func claims(_ text: String) -> [String] { DatedArticle.claims(text, on: "Aug. 16, 2025") }

    @Test func aThreatInQuotationMarks() {
        #expect(claims("US President Donald Trump had threatened \"very severe consequences\" if Mr Putin did not agree to stop the war.")
            == ["Donald Trump | \"very severe consequences\" if Mr Putin did not agree to stop the war"])
    }

    @Test func aThreatWithAStretchOfTimeBeforeIt() {
        #expect(claims("US President Donald Trump had campaigned on ending the war quickly, and in recent weeks had threatened Russia with "
            + "\"very severe consequences\" if it refused to halt the fighting.")
            == ["Donald Trump | Russia with \"very severe consequences\" if it refused to halt the fighting"])
    }

    @Test func aThreatOfNothingSaysNothing() {
        #expect(claims("US President Donald Trump threatened Russia.").isEmpty)
    }
}
