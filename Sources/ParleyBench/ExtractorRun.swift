import Foundation
import ParleyExtract

/// The extractor alone over one folder's articles, read into memory first: for timing and profiling.
public struct ExtractorRun {
    public let texts: [String]
    public let bytes: Int

    public init(folder: String, limit: Int? = nil) throws {
        var names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        if let limit { names = Array(names.prefix(limit)) }
        texts = try names.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        bytes = texts.reduce(0) { $0 + $1.utf8.count }
    }

    /// Seconds to extract every text once.
    public func seconds() -> Double {
        let started = Measure.now()
        var facts = 0
        for text in texts {
            let extraction = Extractor.extract(body: text)
            facts &+= extraction.people.count + extraction.claims.count + extraction.figures.count
        }
        let seconds = Measure.now() - started
        // Keeps the optimiser from dropping the work.
        if facts == Int.min { print(facts) }
        return seconds
    }
}
