import Foundation

/// Distinct articles made from the samples, enough to keep an import busy while it is killed.
enum TortureCorpus {
    static func write(count: Int, samples: String, into folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw BatteryError("no .txt samples in \(samples)") }
        let bodies = try names.map { try String(contentsOfFile: samples + "/" + $0, encoding: .utf8) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            // A numbered closing paragraph keeps every article's content distinct.
            let text = bodies[index % bodies.count]
                + "\n\nUpdate \(index): officials said on Monday that \(index % 97 + 2) more rounds were possible.\n"
            try text.write(toFile: folder + String(format: "/article-%05d.txt", index), atomically: false, encoding: .utf8)
        }
    }
}

/// A small deterministic generator, so a failing run can be repeated with its seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0...1.
    mutating func fraction() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
