import ParleyExtract

/// Optional metadata at the top of a file, between `---` lines:
///
///     ---
///     title: Talks resume in Istanbul
///     published: 2025-05-16
///     outlet: Example News
///     url: https://example.org/a
///     ---
public enum FrontMatter {
    public static let keys: Set<String> = ["title", "published", "outlet", "url"]

    /// Splits front matter from the body; `header + body == text`, so both are stored and the file's
    /// text stays re-derivable. Text without a closed front matter block is all body.
    public static func split(_ text: String) -> (metadata: ArticleMetadata, header: String, body: String) {
        guard text.hasPrefix("---\n") else { return (ArticleMetadata(), "", text) }
        var metadata = ArticleMetadata()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        var consumed = 4
        while let line = lines.first {
            lines = lines.dropFirst()
            consumed += line.utf8.count + 1
            if line.trimmed(of: " \t") == "---" {
                let bodyStart = text.utf8.index(text.utf8.startIndex, offsetBy: min(consumed, text.utf8.count))
                return (metadata, String(text[..<bodyStart]), String(text[bodyStart...]))
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed(of: " \t").lowercased()
            var value = line[line.index(after: colon)...].trimmed(of: " \t")
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            guard keys.contains(key), !value.isEmpty else { continue }
            metadata.set(key, value)
        }
        return (ArticleMetadata(), "", text)
    }
}

extension ArticleMetadata {
    mutating func set(_ key: String, _ value: String) {
        switch key {
        case "title": title = value
        case "published", "date": published = value
        case "outlet", "source": outlet = value
        case "url": url = value
        default: break
        }
    }

    /// Values of `other` win where it has them.
    func overridden(by other: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(title: other.title ?? title, published: other.published ?? published,
                        outlet: other.outlet ?? outlet, url: other.url ?? url)
    }
}

extension StringProtocol {
    func trimmed(of set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        let view = unicodeScalars
        guard let first = view.firstIndex(where: { !scalars.contains($0) }) else { return "" }
        let last = view.lastIndex(where: { !scalars.contains($0) })!
        return String(String.UnicodeScalarView(view[first...last]))
    }
}
