import ParleyExtract

/// An article read from its input: the front matter block as written, the body that extraction
/// and spans refer to, and its known metadata.
public struct LoadedArticle: Sendable {
    public let input: ImportInput
    public let frontMatter: String
    public let body: String
    public let metadata: ArticleMetadata
}

/// Reads and checks one input the same way for `import` and `extract`.
public enum ArticleLoader {
    public static func load(_ input: ImportInput, maxBytes: Int, manifest: Manifest = Manifest()) throws(ArchiveError) -> LoadedArticle {
        let bytes = try InputReader.read(input, maxBytes: maxBytes)
        let text: String
        do { text = try ArticleText.decode(bytes) } catch { throw .input(file: input.display, reason: error.description) }
        var (metadata, header, body) = FrontMatter.split(text)
        if let path = input.path, let listed = manifest.metadata(forPath: path) {
            metadata = metadata.overridden(by: listed)
        }
        guard body.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw .input(file: input.display, reason: "no article text after the front matter")
        }
        return LoadedArticle(input: input, frontMatter: header, body: body, metadata: metadata)
    }

    /// SHA-256 of the whole text (front matter, then body): what "same content" means.
    public static func contentHash(frontMatter: String, body: String) -> String {
        var hasher = SHA256()
        hasher.update(frontMatter.utf8)
        hasher.update(body.utf8)
        return hasher.finalizeHex()
    }

    /// The extraction of a loaded article.
    public static func extract(_ article: LoadedArticle, actors: ActorDictionary = .builtIn) -> Extraction {
        Extractor.extract(body: article.body, file: article.input.fileName, metadata: article.metadata, actors: actors)
    }
}
