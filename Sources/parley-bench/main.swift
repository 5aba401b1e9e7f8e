import Foundation
import ParleyBench

// Usage:
//   parley-bench generate N DIR [--seed S] [--small-vocabulary]
//   parley-bench extract DIR [--limit N] [--rounds R]   (the extractor alone on DIR's files, best of R rounds)
//   parley-bench run [--quick] [--articles N] [--rounds R] [--seed S] [--json FILE] [--parley PATH] [--work DIR]
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("parley-bench: \(message)\n".utf8))
    exit(message.hasPrefix("usage") || message.hasPrefix("unknown option") ? 64 : 1)
}

let usage = "usage: parley-bench generate N DIR [--seed S] [--small-vocabulary] | parley-bench extract DIR [--limit N] [--rounds R] | parley-bench run [--quick] [--articles N] [--rounds R] [--seed S] [--json FILE] [--parley PATH] [--work DIR]"

/// Options each subcommand takes (with whether a value follows): anything else is a usage error,
/// so a mistyped or `--help` flag never starts a 15-minute run.
let known: [String: [String: Bool]] = [
    "generate": ["--seed": true, "--small-vocabulary": false],
    "extract": ["--limit": true, "--rounds": true],
    "run": ["--quick": false, "--articles": true, "--rounds": true, "--seed": true, "--json": true, "--parley": true, "--work": true],
]
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}
if let command = arguments.first, let flags = known[command] {
    var index = 1
    while index < arguments.count {
        let argument = arguments[index]
        if argument.hasPrefix("-") {
            guard let takesValue = flags[argument] else { fail("unknown option \(argument); \(usage)") }
            index += takesValue ? 2 : 1
        } else {
            index += 1
        }
    }
}
do {
    switch arguments.first {
    case "generate":
        guard arguments.count >= 3, let count = Int(arguments[1]), count > 0 else { fail(usage) }
        let generator = CorpusGenerator(seed: option("--seed").flatMap(UInt64.init) ?? 1,
                                        newsVocabulary: !arguments.contains("--small-vocabulary"))
        let bytes = try generator.write(count: count, into: arguments[2])
        print("\(count) articles, \(bytes) bytes in \(arguments[2])")
    case "extract":
        guard arguments.count >= 2 else { fail(usage) }
        let run = try ExtractorRun(folder: arguments[1], limit: option("--limit").flatMap(Int.init))
        let seconds = (0..<(option("--rounds").flatMap(Int.init) ?? 1)).map { _ in run.seconds() }.min() ?? 0
        print("\(run.texts.count) articles, \(run.bytes) bytes: \(String(format: "%.1f", Double(run.bytes) / 1e6 / seconds)) MB/s")
    case "run":
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        let work = option("--work") ?? NSTemporaryDirectory() + "parley-bench-\(getpid())"
        var options = Benchmark.Options(parley: option("--parley") ?? here + "/parley", workFolder: work)
        if arguments.contains("--quick") { options.quick() }
        options.articles = option("--articles").flatMap(Int.init) ?? options.articles
        options.rounds = option("--rounds").flatMap(Int.init) ?? options.rounds
        options.seed = option("--seed").flatMap(UInt64.init) ?? options.seed
        defer { try? FileManager.default.removeItem(atPath: work) }
        var benchmark = Benchmark(options: options)
        try benchmark.run { FileHandle.standardError.write(Data(("  " + $0 + "\n").utf8)) }
        print(benchmark.table(), terminator: "")
        if let path = option("--json") { try Data((benchmark.json().serialized(pretty: true) + "\n").utf8).write(to: URL(fileURLWithPath: path)) }
    default:
        fail(usage)
    }
} catch {
    fail("\(error)")
}
