@testable import ParleyExtract
import Testing

/// "he" passes over a possessor for the person named otherwise; "his foreign policy aide" is the one holder of that role;
/// "told Russian journalists" names listeners; "The Sydney Morning Herald" is no person.
@Suite struct PronounsAndListenersTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDec. 3, 2025\n\n" + text).claims.map { "\($0.speaker) | \($0.text)" }
    }

    @Test func aPronounPassesOverAPossessor() {
        let text = "Russian President Vladimir Putin used a forum in Moscow to accuse European governments of trying to wreck "
            + "US President Donald Trump's peace effort by attaching demands he said were unacceptable."
        #expect(claims(text).allSatisfy { $0.hasPrefix("Vladimir Putin") })
        #expect(!claims(text).isEmpty)
    }

    @Test func aPossessivePronounsRoleIsItsOneHolder() {
        let text = "Yuri Ushakov, Putin's foreign policy aide, attended. Russian President Vladimir Putin met the envoys, "
            + "but his senior foreign policy aide said the two sides had yet to find a compromise."
        #expect(claims(text).last == "Yuri Ushakov | the two sides had yet to find a compromise")
    }

    @Test func listenersNamedByADemonym() {
        #expect(claims("Kremlin aide Yuri Ushakov told Russian journalists the conversation had been useful.")
            == ["Yuri Ushakov | the conversation had been useful"])
    }

    @Test func aNewspapersNameIsNoPerson() {
        let e = Extractor.extract(body: "The Sydney Morning Herald\n\nPutin meets envoys\n\nVladimir Putin met Steve Witkoff on Tuesday.")
        #expect(!e.people.map(\.name).contains("Morning Herald"))
    }
}
