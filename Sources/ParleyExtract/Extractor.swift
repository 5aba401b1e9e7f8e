/// Entry point: article text in, `Extraction` out. Pure and deterministic.
public enum Extractor {
    /// Stored with every archived source so `reextract` knows what produced its rows.
    public static let version = "0.1.0"

    /// - Parameters:
    ///   - body: the article text as archived (UTF-8 validated, BOM stripped, CRLF folded).
    ///     Every span in the result is a code-point offset into exactly this string.
    ///   - file: the file name to report in `source.file`.
    ///   - metadata: values already known from front matter or a manifest; they win over guesses.
    public static func extract(body: String, file: String? = nil, metadata: ArticleMetadata = ArticleMetadata()) -> Extraction {
        Extraction(source: SourceInfo(file: file, title: metadata.title, published: metadata.published, outlet: metadata.outlet))
    }
}
