@testable import ParleyExtract
import Testing

/// What the rules find in `text` with no actor dictionary, so discovery by pattern is tested alone.
enum RuleTestSupport {
    static func claims(_ text: String) -> [(String, ClaimKind, String)] {
        Extractor.extract(body: text, actors: ActorDictionary()).claims.map { ($0.speaker, $0.kind, $0.text) }
    }

    /// Exactly one claim: `claim`, said by `speaker`.
    static func expectOneClaim(in text: String, by speaker: String, _ kind: ClaimKind, _ claim: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let found = claims(text)
        #expect(found.count == 1, sourceLocation: sourceLocation)
        #expect(found.first?.0 == speaker, sourceLocation: sourceLocation)
        #expect(found.first?.1 == kind, sourceLocation: sourceLocation)
        #expect(found.first?.2 == claim, sourceLocation: sourceLocation)
    }
}
