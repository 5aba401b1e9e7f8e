@testable import ParleyExtract
import Testing

/// Photographers' credits, names written surname first, a department before a title, an appositive
/// that opens with a role noun, and credit lines at the foot of a page.
@Suite struct NameOrderAndCreditTests {
    private func people(_ body: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nOctober 23, 2025\n\n" + body).people.map(\.name)
    }

    @Test func aPhotographersCreditNamesNoOne() {
        #expect(people("Soldiers embrace relatives on Sunday. Oleh Marchuk/AFP via Getty Images\n\nPresident Donald Trump spoke.") == ["Donald Trump"])
    }

    @Test func aNameWrittenSurnameFirstIsTakenUpByItsFirstWord() {
        let text = "Chinese Foreign Ministry spokesperson Lin Jian said at a briefing. \"Dialogue is the only way,\" Lin said."
        let e = Extractor.extract(body: "Headline here\n\nOctober 23, 2025\n\n" + text)
        #expect(e.people.map(\.name) == ["Lin Jian"])
        #expect(e.claims.map(\.speaker) == ["Lin Jian"])
    }

    @Test func aDepartmentBeforeATitle() {
        let text = "Hours later, the US Treasury announced sanctions. Treasury Secretary Scott Bessent said the measures would bite."
        #expect(people(text) == ["Scott Bessent"])
    }

    @Test func anAppositiveOpeningWithARoleNounNamesTheHead() {
        let text = """
            ISTANBUL, May 16 (Xinhua) -- Russian and Ukrainian delegations on Friday held talks at the Dolmabahce Palace in Istanbul.

            "We have agreed," Vladimir Medinsky, aide to the Russian president and head of the Russian delegation, told reporters.
            """
        let e = Extractor.extract(body: "Headline here\n\nMay 16, 2025\n\n" + text)
        #expect(e.delegations.map { "\($0.side) \($0.head ?? "-")" } == ["RU Vladimir Medinsky", "UA -"])
        #expect(e.people.first?.roles.first?.text == "aide to the Russian president and head of the Russian delegation")
    }

    @Test(arguments: [
        "—Marcus Oyelaran in Washington contributed to this article.",
        "Appeared in the March 12, 2025, print edition as 'Kyiv Backs Truce, Putting Onus on Moscow'.",
    ])
    func creditLinesAtThePageFoot(_ line: String) {
        #expect(people("President Donald Trump spoke.\n\n" + line) == ["Donald Trump"])
    }
}

/// The article's own staff named in a byline, an author's note or a photo credit are no people of the news;
/// "Sir" is no part of a name.
@Suite struct AuthorTests {
    private func people(_ text: String) -> [String] {
        Extractor.extract(body: text).people.map(\.name)
    }

    @Test(arguments: [
        "Talks end\nBy Daniel Okafor, Marisa Kline and Tom Reyes\n\nUS President Donald Trump spoke.\n\nDaniel Okafor is a White House reporter for NBC News.\nTom Reyes reports from Kyiv for NBC News.",
        "Talks end\nSelin Karaca\n\nUS President Donald Trump spoke.\n\nSelin Karaca is Al-Monitor's Ankara correspondent.",
        "Talks end\n\nUS President Donald Trump spoke.\n\n[Photo] Russian President Vladimir Putin speaks to journalists after his phone "
            + "call with the US president in Sochi on Monday evening. Gavriil Ostrov / Sputnik via AP",
        "Talks end\n\nUS President Donald Trump spoke.\n\nVladimir Putin speaking to journalists in the Kremlin in the early hours of "
            + "May 11, 2025, after a long night of talks. Sergei Voronin / TASS / Scanpix / LETA",
    ])
    func staffAreNoPeople(_ text: String) {
        #expect(!people(text).contains { ["Okafor", "Kline", "Reyes", "Karaca", "Ostrov", "Voronin"].contains(String($0.split(separator: " ").last ?? "")) })
        #expect(people(text).contains("Donald Trump"))
    }

    @Test func aReporterNamedInTheNewsStays() {
        #expect(people("Talks end\n\nUS President Donald Trump spoke. Evan Gershkovich, a reporter, was freed in a swap.").contains("Evan Gershkovich"))
    }

    @Test func sirIsNoPartOfAName() {
        let found = Extractor.extract(body: "Talks end\n\nSir Keir Starmer phoned Mr Trump. Sir Keir said the call went well.").people
        #expect(found.map(\.name).contains("Keir Starmer"))
        #expect(!found.contains { $0.name.hasPrefix("Sir") })
    }
}

/// One word is a person as the subject of a verb of saying past an aside that opens with a participle.
@Suite struct SubjectPastAsideTests {
    private func people(_ sentence: String) -> [String] {
        Extractor.extract(body: "Talks end\n\nMarch 12, 2025\n\nUkraine said it was ready.\n\n" + sentence).people.map(\.name)
    }

    @Test func aSurnameBeforeAnAsideAndTheVerb() {
        #expect(people("Trump, speaking to reporters at the White House, said he hoped to speak to Putin.").contains("Donald Trump"))
    }

    @Test func anOutletCitingOthersIsNoPerson() {
        #expect(!people("Politico, citing two officials, said the talks would resume.").contains("Politico"))
    }
}

/// A name with a lower-case particle inside is mentioned whole, so its title before it is its role.
@Suite struct ParticleNameTests {
    @Test func aCrownPrinceWithHisTitleAndState() {
        let text = "T\n\nFebruary 18, 2025\n\nUkrainian President Volodymyr Zelenskyy met Saudi Crown Prince Mohammed bin Salman in Jeddah on Monday."
        let e = Extractor.extract(body: text)
        let mbs = e.people.first { $0.name == "Mohammed bin Salman" }
        #expect(mbs?.roles.map(\.text) == ["Saudi Crown Prince"])
        #expect(mbs?.country == "SA")
        #expect(e.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-")" } == ["summit Jeddah 2025-02-17"])
    }
}

/// Credits in brackets and the names of bodies are no people: "(AP Photo/Jon Hallam)", "(Reuters: Ivan Sarkov)",
/// "(AA Photo)", "the National Anti-Corruption Bureau", "Christian Democrat leader Friedrich Merz".
@Suite struct CreditAndBodyNamesTests {
    @Test(arguments: [
        ("President Donald Trump greets Vladimir Putin in Anchorage. (AP Photo/Jon Hallam)", ["Donald Trump", "Vladimir Putin"]),
        ("Servicemen rest after the exchange. (Reuters: Ivan Sarkov)", []),
        ("The delegations met at Çırağan Palace. (AA Photo)", []),
        ("Investigators from the National Anti-Corruption Bureau searched his home.", []),
        ("The likely next chancellor, Christian Democrat leader Friedrich Merz, said Europe must be ready.", ["Friedrich Merz"]),
    ])
    func thePeople(_ text: String, _ names: [String]) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.people.map(\.name) == names)
    }
}
