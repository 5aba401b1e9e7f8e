import Foundation
import ParleyExtract
import Testing

/// Whole-article checks on the shared samples (repo/samples/*.txt).
@Suite struct SampleTests {
    static let samplesDirectory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ParleyExtractTests/SampleTests.swift
        return parts.joined(separator: "/") + "/samples"
    }()

    static let sampleNames = [
        "000_61829ba450fcd392.txt", "001_9bd3e0971d158133.txt", "002_540599ccb7b3b00f.txt",
        "003_01a0be8bfad849f4.txt", "004_905a684dd6f29ba4.txt",
    ]

    static func read(_ name: String) throws -> String {
        try String(contentsOfFile: samplesDirectory + "/" + name, encoding: .utf8)
    }

    @Test(arguments: sampleNames)
    func everySpanIsValidEvidence(_ name: String) throws {
        let body = try Self.read(name)
        let scalars = Array(body.unicodeScalars)
        let e = Extractor.extract(body: body, file: name)
        func valid(_ s: Span) -> Bool { s.start >= 0 && s.start <= s.end && s.end <= scalars.count }
        func text(_ s: Span) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<s.end])
            return String(v)
        }
        #expect(!e.people.isEmpty && !e.claims.isEmpty)
        for p in e.people {
            #expect(!p.mentions.isEmpty)
            for m in p.mentions {
                #expect(valid(m))
                let said = text(m)
                #expect(said == p.name || p.aliases.contains(said), "mention \(said) of \(p.name)")
            }
            for r in p.roles { #expect(valid(r.span) && text(r.span) == r.text) }
        }
        for c in e.claims {
            #expect(valid(c.span))
            if let s = c.speakerSpan { #expect(valid(s)) }
            if c.kind == .quote { #expect(text(c.span).hasPrefix(c.text)) }
            #expect(c.topics.allSatisfy(Topic.all.contains))
        }
        for f in e.figures {
            #expect(valid(f.span) && text(f.span) == f.text)
            #expect(Topic.all.contains(f.topic))
        }
        let ids = Set(e.meetings.map(\.id))
        for m in e.meetings { #expect(valid(m.span)) }
        for d in e.delegations { #expect(valid(d.span) && ids.contains(d.meeting)) }
        for f in e.figures { if let m = f.meeting { #expect(ids.contains(m)) } }
    }

    @Test(arguments: sampleNames)
    func extractionIsDeterministic(_ name: String) throws {
        let body = try Self.read(name)
        let a = Extractor.extract(body: body, file: name).json.serialized()
        let b = Extractor.extract(body: String(body), file: name).json.serialized()
        #expect(a == b)
    }

    @Test func debrisNeverBecomesFacts() throws {
        let body = try Self.read("002_540599ccb7b3b00f.txt")
        let e = Extractor.extract(body: body)
        let footer = body.unicodeScalars.count - 60
        #expect(e.claims.allSatisfy { $0.span.end < footer })
        #expect(!e.people.contains { $0.name.contains("Comment") })
    }
}
