import ParleyExtract
import Testing

@Suite struct JSONOutputTests {
    @Test(arguments: [
        (JSONValue.null, "null"), (.bool(true), "true"), (.integer(-12), "-12"), (.number(exact: 1000), "1000"),
        (.number(exact: 2.5), "2.5"), (.string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\""),
        (.string("Erdoğan «x»"), "\"Erdoğan «x»\""), (.array([]), "[]"), (.object([]), "{}"),
        (.object([("b", .integer(1)), ("a", .array([.null]))]), "{\"b\":1,\"a\":[null]}"),
    ])
    func serialisesCompactly(_ value: JSONValue, _ expected: String) {
        #expect(value.serialized() == expected)
    }

    @Test func prettyOutputIndentsByTwo() {
        let value = JSONValue.object([("a", .array([.integer(1), .integer(2)])), ("b", .object([]))])
        #expect(value.serialized(pretty: true) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}")
    }

    @Test func extractionHasTheContractKeysInOrder() {
        let extraction = Extraction(
            source: SourceInfo(file: "a.txt"),
            figures: [Figure(topic: "prisoner_exchange", value: 1000, unit: "prisoners", perSide: true, text: "1,000", span: Span(3, 8))]
        )
        let text = extraction.json.serialized()
        #expect(text.hasPrefix("{\"source\":{\"file\":\"a.txt\",\"title\":null,\"published\":null,\"outlet\":null},\"people\":[],\"meetings\":[],\"delegations\":[],\"claims\":[],\"figures\":["))
        #expect(text.contains("\"value\":1000,\"value_max\":null"))
        #expect(text.contains("\"span\":[3,8]"))
    }
}
