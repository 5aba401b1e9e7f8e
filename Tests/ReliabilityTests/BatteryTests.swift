import Foundation
import ParleyReliability
import TestSupport
import Testing

/// The battery's short mode, against the `parley` binary built beside the tests.
@Suite struct BatteryTests {
    static var parleyBinary: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("parley").path,
            ProjectFiles.root.appendingPathComponent(".build/debug/parley").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.timeLimit(.minutes(10)))
    func shortBatteryPasses() throws {
        let parley = try #require(Self.parleyBinary, "the parley binary is built by swift test beside the test bundle")
        let results = try Battery.run(Battery.Options(parley: parley, samples: ProjectFiles.samplesFolder))
        print(Battery.table(results), terminator: "")
        for result in results {
            #expect(result.ok, "\(result.scenario): \(result.failures.joined(separator: "; "))")
        }
        #expect(results.count == 7)
    }
}
