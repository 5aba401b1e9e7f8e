@testable import ParleyExtract
import Testing

/// "The bodies of 1,212 fallen defenders were returned to Ukraine today as part of the repatriation agreed at the talks in
/// Istanbul": a hand-over told in the passive is held on the day after its verb, and talks named for what was agreed at them
/// take no day from it; a breadcrumb with "»" is no headline.
@Suite struct ReturnedRemainsTests {
    @Test func aPassiveHandOverIsHeldOnItsDayAndTheTalksNamedForTheDealAreNotDatedByIt() {
        let text = "Headline\n\nWed, June 11, 2025\n\nThe bodies of 1,212 fallen defenders were returned to Ukraine today as part "
            + "of the repatriation agreed at the talks in Istanbul, the Coordination Headquarters reported."
        let found = Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.date ?? "-") \($0.status)" }
        #expect(found == ["exchange 2025-06-11 held", "talks - held"])
    }

    @Test func aBreadcrumbWithGuillemetsIsNoHeadline() {
        let text = "RBC-Ukraine » News » Politics\n\nUkraine brings home bodies of 1,212 fallen soldiers as Istanbul deal exchanges continue\n\n"
            + "Wed, June 11, 2025 - 16:27\n\nThe bodies were returned today."
        #expect(Extractor.extract(body: text).source.title == "Ukraine brings home bodies of 1,212 fallen soldiers as Istanbul deal exchanges continue")
    }
}
