import ParleyExtract

/// One fuzz input, extracted twice and rendered as the CLI's JSON each time:
/// - as raw text (invalid UTF-8 becomes U+FFFD; BOM, NUL and CR stay) against a publication
///   date, so relative dates ("on Friday", "last May") resolve: a fixed one, or the input's own
///   when its first line is `published: ...`, so odd metadata dates are fuzzed too;
/// - as the importer would hand it over (one BOM stripped, CRLF and CR folded), with no
///   metadata, so the date is guessed from the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)

    var body = Substring(text)
    var published = "2025-05-16"
    if body.hasPrefix("published:"), let newline = body.firstIndex(of: "\n") {
        published = String(body[body.index(body.startIndex, offsetBy: 10)..<newline])
        body = body[body.index(after: newline)...]
    }
    check(String(body), Extractor.extract(body: String(body), file: "fuzz.txt",
                                          metadata: ArticleMetadata(published: published)))

    let imported = folded(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    check(imported, Extractor.extract(body: imported))
    return 0
}

/// CRLF and lone CR to LF, as the importer does.
private func folded(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
        defer { previousWasCR = scalar == "\r" }
        if scalar == "\n" && previousWasCR { continue }
        out.append(scalar == "\r" ? "\n" : scalar)
    }
    return String(out)
}

/// Renders the extraction and checks its spans point into the body: a span past the end
/// would break every later reader of the archive, so it counts as a crash here.
private func check(_ body: String, _ extraction: Extraction) {
    let json = extraction.json.serialized(pretty: true)
    precondition(json.hasPrefix("{") && json.hasSuffix("}"), "JSON not an object")
    let length = body.unicodeScalars.count
    var spans: [Span] = []
    for p in extraction.people { spans += p.mentions + p.roles.map(\.span) }
    spans += extraction.meetings.map(\.span) + extraction.delegations.map(\.span) + extraction.figures.map(\.span)
    for c in extraction.claims { spans.append(c.span); if let s = c.speakerSpan { spans.append(s) } }
    for s in spans { precondition(s.end <= length, "span \(s.start)..<\(s.end) past the body's \(length) scalars") }
}
