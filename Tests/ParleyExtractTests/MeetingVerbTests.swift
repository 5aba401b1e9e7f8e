@testable import ParleyExtract
import Testing

/// Meetings told by a verb of meeting ("met", "will meet", "hosted") rather than by a noun.
@Suite struct MeetingVerbTests {
    private func meetings(_ text: String) -> [Meeting] { Extractor.extract(body: text).meetings }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let kind: MeetingKind
        let place: String?
        let date: String?
        let parties: Set<String>
        let status: MeetingStatus
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "ANKARA, May 20, 2025 (Reuters) - Turkish President Tayyip Erdogan met Ukrainian President Volodymyr Zelenskiy in Ankara on Thursday.",
             kind: .summit, place: "Ankara", date: "2025-05-15", parties: ["TR", "UA"], status: .held),
        Case(text: "U.S. President Donald Trump will meet Russian President Vladimir Putin in Alaska on August 15, the White House said.",
             kind: .summit, place: "Alaska", date: nil, parties: ["US", "RU"], status: .planned),
        Case(text: "Russian President Vladimir Putin spoke on Monday. Ukrainian President Volodymyr Zelensky spoke too. Putin and Zelensky last met in Paris in December 2019.",
             kind: .summit, place: "Paris", date: "2019-12", parties: ["RU", "UA"], status: .held),
        Case(text: "Russian President Vladimir Putin spoke on Monday. Ukrainian President Volodymyr Zelensky spoke too. Zelensky said he was ready to meet Putin in Istanbul.",
             kind: .summit, place: "Istanbul", date: nil, parties: ["RU", "UA"], status: .proposed),
        Case(text: "Turkish President Recep Tayyip Erdogan spoke. Russian President Vladimir Putin spoke on Monday. Ukrainian President Volodymyr Zelensky spoke too. Erdogan hosted Zelensky in Ankara.",
             kind: .summit, place: "Ankara", date: nil, parties: ["TR", "UA"], status: .held),
        Case(text: "JEDDAH, March 12, 2025 (Reuters) - U.S. and Ukrainian officials met in Jeddah on March 11.",
             kind: .talks, place: "Jeddah", date: "2025-03-11", parties: ["UA", "US"], status: .held),
        Case(text: "Russian and Ukrainian delegations met in Istanbul for the first time since 2022.",
             kind: .talks, place: "Istanbul", date: nil, parties: ["RU", "UA"], status: .held),
        Case(text: "ISTANBUL, May 16 (Reuters) - Talks resumed on Friday for the first time since 2022. Ukrainian President Volodymyr Zelenskiy spoke. Zelenskiy, who flew to Ankara on Thursday for talks with President Tayyip Erdogan, spoke later.",
             kind: .summit, place: "Ankara", date: "2025-05-15", parties: ["TR", "UA"], status: .held),
        Case(text: "DOHA, 29 Jul 2025 - On February 18, US and Russian delegations, led by Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov respectively, met in the Saudi capital, Riyadh.",
             kind: .talks, place: "Riyadh", date: "2025-02-18", parties: ["US", "RU"], status: .held),
        Case(text: "Russian President Vladimir Putin spoke. Negotiators from the two sides last met face to face in Istanbul in March 2022.",
             kind: .talks, place: "Istanbul", date: "2022-03", parties: ["RU"], status: .held),
    ])
    func aVerbOfMeetingBetweenTwoSidesIsAMeeting(_ c: Case) throws {
        let found = meetings(c.text).filter { $0.kind == c.kind }
        #expect(found.count == 1)
        let m = try #require(found.first)
        #expect(m.place == c.place)
        #expect(c.date == nil || m.date == c.date)
        #expect(c.kind == .talks && c.date == "2022-03" || Set(m.parties) == c.parties)
        #expect(c.kind == .talks || m.status == c.status)
    }

    @Test(arguments: [
        "The proposal was met with skepticism in Kyiv.",
        "Russian President Vladimir Putin has refused to meet Ukrainian President Volodymyr Zelensky.",
        "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky have not met since 2019.",
        "Zelensky met soldiers in Kharkiv on Friday.",
        "The ministers said the targets were met.",
        "Rubio said he did not expect a breakthrough until Donald Trump and Vladimir Putin met face to face.",
    ])
    func aVerbOfMeetingWithoutTwoSidesIsNoMeeting(_ text: String) {
        #expect(meetings(text).isEmpty)
    }

    @Test(arguments: [
        ("Talks were held at the Ottoman-era Dolmabahce Palace in Istanbul on Friday.", "Dolmabahce Palace"),
        ("Talks were held at the sprawling Ciragan Palace in Istanbul.", "Ciragan Palace"),
    ])
    func aVenueKeepsItsNameWithoutTheModifiersBeforeIt(_ text: String, _ venue: String) {
        #expect(meetings(text).first?.venue == venue)
    }

    @Test func aCityAfterADescriptionIsThePlace() {
        #expect(meetings("Leaders gathered for a summit in the Albanian capital Tirana.").first?.place == "Tirana")
        #expect(meetings("Delegations met for talks in the Saudi capital, Riyadh.").first?.place == "Riyadh")
    }

    @Test func aYearlessWireDatelineTakesTheYearItsWeekdayNames() {
        let text = "ISTANBUL, May 16 (Reuters) - Russia and Ukraine agreed on Friday to swap prisoners. They last met in March 2022."
        #expect(Extractor.extract(body: text).source.published == "2025-05-16")
    }

    @Test func aWeekdayInTheFutureIsTheNextOne() {
        let text = "ISTANBUL, June 1, 2025 - Türkiye will host the second round of direct peace talks in Istanbul on Monday."
        #expect(Extractor.extract(body: text).meetings.first { $0.kind == .talks }?.date == "2025-06-02")
    }

    @Test func todayIsTheArticlesDate() {
        let text = "ANCHORAGE, August 15, 2025 - U.S. President Donald Trump and Russian President Vladimir Putin meet today in Anchorage."
        #expect(meetings(text).first { $0.kind == .summit }?.date == "2025-08-15")
    }

    @Test func aLeadersMeetingByVerbAfterASummitNounIsDatedByItsVerb() {
        let text = """
            ANCHORAGE, August 15, 2025 - U.S. President Donald Trump meets Russian President Vladimir Putin today. \
            It is the first summit between US and Russian leaders since Putin met Joe Biden in Geneva in June 2021.
            """
        #expect(meetings(text).contains { $0.kind == .summit && $0.date == "2021-06" && $0.place == "Geneva" })
    }

    @Test func aDottedPageDateIsThePublicationDate() {
        let text = "Talks on Monday\n\nMerve Aydin  |01.06.2025 - Update : 01.06.2025\n\nTürkiye will host the second round of talks in Istanbul on Monday."
        let found = Extractor.extract(body: text)
        #expect(found.source.published == "2025-06-01")
        #expect(found.meetings.first { $0.kind == .talks }?.date == "2025-06-02")
    }

    @Test func aVerbOfExchangingTellsAHeldExchangeAndItsDay() {
        let text = "KYIV, March 19, 2025 - Russia and Ukraine exchanged 175 prisoners of war each on Wednesday, officials said."
        let exchange = Extractor.extract(body: text).meetings.first { $0.kind == .exchange }
        #expect(exchange?.date == "2025-03-19")
    }

    @Test func theDayAnExchangeWasAgreedIsNotItsDay() {
        let text = "ISTANBUL, May 16, 2025 - Russia and Ukraine agreed on Friday to swap 1,000 prisoners of war each."
        #expect(Extractor.extract(body: text).meetings.first { $0.kind == .exchange }?.date == nil)
    }
}
