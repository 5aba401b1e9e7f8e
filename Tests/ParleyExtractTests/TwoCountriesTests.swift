@testable import ParleyExtract
import Testing

/// "The swap ... was agreed when delegations from the two countries met in Istanbul on May 16": the two countries are
/// the article's sides, and an exchange named first does not stop the verb telling the round; "the Vatican has
/// offered to host the next round" places a proposed round, and leaves "who spoke to Putin ... last Monday" a call.
@Suite struct TwoCountriesTests {
    private let text = "In short: Russia and Ukraine have each freed 1,000 prisoners, the only result so far of their first direct talks in "
        + "more than three years.\n\nThe swap, carried out over three days, was agreed when delegations from the two countries met "
        + "in Istanbul on May 16.\n\nUS President Donald Trump, who spoke to Russian President Vladimir Putin for more than two hours "
        + "last Monday, has said the Vatican has offered to host the next round of negotiations."

    @Test func theMeetings() {
        let e = Extractor.extract(body: "Headline here\n\nPosted Sun 25 May 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind != .exchange }.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" } == [
            "talks Istanbul 2025-05-16 held", "call - 2025-05-19 held", "talks Vatican - proposed",
        ])
    }
}
