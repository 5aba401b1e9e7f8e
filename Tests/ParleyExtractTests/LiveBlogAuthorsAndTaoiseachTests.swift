@testable import ParleyExtract
import Testing

/// A live blog's "Name / City, State" entry credit names no person of the news; "Taoiseach" is a title, and a participle's
/// phrase before the subject is no role of it.
@Suite struct LiveBlogAuthorsAndTaoiseachTests {
    @Test func anEntryCreditWithItsCityIsNoPerson() {
        let text = """
            Alaska summit ends with no deal

            Aug. 16, 2025, 1:05 AM EDT
            Trump tells Fox News the onus is on Zelenskyy
            Marcus Ortiz / Anchorage, Alaska

            In an interview taped after the summit, President Donald Trump said he would give the meeting a 10.
            """
        #expect(!Extractor.extract(body: text).people.map(\.name).contains("Marcus Ortiz"))
    }

    @Test func theTaoiseachIsATitleAndAParticiplesPhraseNoRole() {
        let found = Extractor.extract(body: "Standing beside Taoiseach Micheál Martin, Ukrainian President Volodymyr Zelensky said the framework had been cut.")
        #expect(found.people.first { $0.name == "Micheál Martin" }.map { $0.roles.map(\.text) } == ["Taoiseach"])
        #expect(found.people.first { $0.name == "Volodymyr Zelensky" }.map { $0.roles.map(\.text) } == ["Ukrainian President"])
    }
}
