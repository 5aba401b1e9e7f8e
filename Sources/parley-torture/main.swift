import Foundation
import ParleyReliability

// Usage: parley-torture [--long] [--seed N] [--parley PATH] [--samples DIR]
// Tries to lose or damage archives and prints how often it failed to. Exit 0 when every scenario passed.
let arguments = Array(CommandLine.arguments.dropFirst())
func value(after flag: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let options = Battery.Options(
    parley: value(after: "--parley", in: arguments) ?? here + "/parley",
    samples: value(after: "--samples", in: arguments) ?? "samples",
    long: arguments.contains("--long"),
    seed: value(after: "--seed", in: arguments).flatMap(UInt64.init) ?? 1
)
FileHandle.standardError.write(Data("parley-torture: \(options.long ? "long" : "short") run, seed \(options.seed)\n".utf8))
do {
    let results = try Battery.run(options) { FileHandle.standardError.write(Data(("  " + $0 + "\n").utf8)) }
    print(Battery.table(results), terminator: "")
    exit(results.allSatisfy(\.ok) ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("parley-torture: \(error)\n".utf8))
    exit(1)
}
