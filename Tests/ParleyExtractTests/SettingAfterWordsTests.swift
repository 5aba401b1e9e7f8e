@testable import ParleyExtract
import Testing

/// A time or setting the reporter sets off after the reported words (", after the US president interrupted ...", ", as
/// Washington presses Kyiv ...") is no part of them.
@Suite struct SettingAfterWordsTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 19, 2025\n\n" + text).claims.map(\.text)
    }

    @Test(arguments: [
        ("US President Donald Trump said Vladimir Putin agreed to a face-to-face meeting with Volodymyr Zelensky, after the US "
            + "president interrupted a gathering of European leaders.",
         "Vladimir Putin agreed to a face-to-face meeting with Volodymyr Zelensky"),
        ("U.S. and Ukrainian negotiators said they had drawn up an updated peace framework, as Washington presses Kyiv to sign "
            + "on to a plan.",
         "they had drawn up an updated peace framework"),
        ("Finnish President Alexander Stubb said the offer was \"something we have not seen before\", after European leaders met "
            + "Zelensky in Berlin.",
         "the offer was \"something we have not seen before\""),
    ])
    func theWordsEndBeforeTheSetting(text: String, expected: String) {
        #expect(claims(text).first == expected)
    }

    @Test func aWordOfTheSameSentenceGoesOn() {
        #expect(claims("Zelensky said Ukraine would attend, as long as Russia sent a real delegation.").first
            == "Ukraine would attend, as long as Russia sent a real delegation")
    }
}
