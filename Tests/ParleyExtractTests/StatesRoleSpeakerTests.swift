@testable import ParleyExtract
import Testing

/// A speaker told by a state's or capital's role ("Germany's chancellor", "Moscow's chief negotiator") is the one person
/// of that state the article gives that role, or who heads its delegation.
@Suite struct StatesRoleSpeakerTests {
    private func speakers(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 19, 2025\n\n" + text).claims.map { $0.speaker }
    }

    @Test(arguments: [
        ("German Chancellor Friedrich Merz met Trump.\n\n\"I cannot imagine the next meeting without a ceasefire,\" Germany's "
            + "chancellor said.", "Friedrich Merz"),
        ("Vladimir Medinsky, the Kremlin aide who heads Moscow's delegation, arrived.\n\n\"We are ready,\" Moscow's chief "
            + "negotiator told reporters.", "Vladimir Medinsky"),
        ("\"We are ready,\" Moscow's chief negotiator told reporters.", "Moscow's chief negotiator"),
    ])
    func theOnePersonWithThatRole(text: String, expected: String) {
        #expect(speakers(text) == [expected])
    }
}
