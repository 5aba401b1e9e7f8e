@testable import ParleyExtract
import Testing

/// A papal audience as the Holy See reports it: a title that stands for a name is no person, a church rank is a
/// role, a body named again by its last words is the body named in full, and "the Pope" leaving a place is who "he" is.
@Suite struct PapalAudienceTests {
    private let audience = "Pope Leo XIV received Ukrainian President Volodymyr Zelensky on Tuesday at Villa Barberini in Castel "
        + "Gandolfo, the papal residence in the Alban Hills south of Rome. "

    @Test func aTitleForANameIsNoPerson() {
        let people = DatedArticle.extract(audience + "The Holy Father had reiterated the need for dialogue. Witkoff met them at "
            + "the Shell Bay club.", on: "09.12.2025").people.map(\.name)
        #expect(!people.contains("Father"))
    }

    @Test func aChurchRankIsARole() {
        let people = DatedArticle.extract("The mission was entrusted to Cardinal Matteo Zuppi, Archbishop of Bologna.", on: "09.12.2025").people
        #expect(people.map(\.name) == ["Matteo Zuppi"])
        #expect(people.first?.roles.map(\.text).contains("Cardinal") == true)
    }

    @Test func aBodyNamedAgainByItsLastWordsIsTheBodyNamedInFull() {
        let claims = DatedArticle.claims(audience + "\n\nIn a statement, the Holy See Press Office said the Pope had called for dialogue."
            + "\n\nThe two also discussed prisoners of war, the Press Office added.", on: "09.12.2025")
        #expect(claims.last == "Holy See Press Office | The two also discussed prisoners of war")
    }

    @Test func theOneLeavingAPlaceIsWhoHeIs() {
        let claims = DatedArticle.claims(audience + "\n\nKremlin aide Yuri Ushakov said no compromise had been found.\n\n"
            + "Leaving Villa Barberini on Tuesday evening, the Pope spoke briefly with journalists. \u{AB}The main topic is the war,"
            + "\u{BB} he said.", on: "09.12.2025")
        #expect(claims.last == "Leo XIV | The main topic is the war")
    }
}

/// Meetings of an audience's background: the leaders of states met, the pair met again elsewhere, heads of a round the
/// sentence opens in.
@Suite struct AudienceBackgroundTests {
    private let audience = "Pope Leo XIV received Ukrainian President Volodymyr Zelensky on Tuesday at Castel Gandolfo.\n\n"

    @Test func theLeadersOfStatesListedAreTheSidesMet() {
        let e = DatedArticle.extract(audience + "Tuesday's audience came a day after Mr Zelensky met the leaders of the United Kingdom, France "
            + "and Germany in London.", on: "09.12.2025")
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }.last
            == "London 2025-12-08 [\"DE\", \"FR\", \"GB\", \"UA\"]")
    }

    @Test func thePairMetAgainElsewhere() {
        #expect(DatedArticle.meetings(audience + "It was the third meeting between the two since the Pope's election. They first met in "
            + "the Vatican on 18 May, following the Mass, and again at Castel Gandolfo on 9 July, when Leo XIV renewed the offer.",
                                      on: "09.12.2025")
            == ["summit Castel Gandolfo 2025-12-09 held", "summit Vatican 2025-05-18 held", "summit Castel Gandolfo 2025-07-09 held"])
    }

    @Test func headsOfTheRoundTheSentenceOpensIn() {
        let text = "The plan was reshaped in talks between American and Ukrainian negotiators in Geneva on 23 November and in Florida "
            + "on 30 November. In Geneva the US side was led by Marco Rubio. In Florida, with Mr Rubio again leading the US team, "
            + "Kyiv's delegation was headed by Rustem Umerov."
        #expect(DatedArticle.heads(text, on: "09.12.2025").contains("Florida 2025-11-30 UA Rustem Umerov"))
    }
}
