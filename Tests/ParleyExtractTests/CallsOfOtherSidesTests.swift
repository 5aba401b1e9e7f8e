@testable import ParleyExtract
import Testing

/// "Orbán said he had spoken with Trump that evening", after Trump's call with Putin that day, is another call; "a phone
/// call between Rubio and Lavrov would come soon" is planned (the word "call" is not a call for something).
@Suite struct CallsOfOtherSidesTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "WASHINGTON, Oct. 17, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test func aLeaderWhoHadSpokenWithAnotherThatEveningHadACallOfTheirOwn() {
        let text = "On Thursday, President Donald Trump and Russian President Vladimir Putin spoke by phone. Hungarian Prime "
            + "Minister Viktor Orbán said he had spoken with Trump that evening."
        #expect(meetings(text) == ["call 2025-10-16 RU+US held", "call 2025-10-16 HU+US held"])
    }

    @Test func steppingOutToTelephoneIsACallWhoseLengthIsTheLeadersMeetings() {
        let text = "On Monday, President Donald Trump hosted Ukrainian President Volodymyr Zelensky at the White House. Partway "
            + "through, Trump stepped out to telephone Russian President Vladimir Putin. Kremlin aide Yuri Ushakov later said "
            + "the conversation lasted 40 minutes."
        let found = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(found.meetings.filter { $0.kind == .call }.map { $0.parties.sorted() } == [["RU", "US"]])
        #expect(found.figures.map { "\($0.value) \($0.unit ?? "-") \($0.topic)" } == ["40.0 minutes leaders_meeting"])
    }

    @Test func aCallThatWouldComeIsPlanned() {
        let text = "Kremlin aide Yuri Ushakov said a phone call between Secretary of State Marco Rubio and Russia's foreign "
            + "minister, Sergei Lavrov, would come soon."
        #expect(meetings(text) == ["call - RU+US planned"])
    }
}
