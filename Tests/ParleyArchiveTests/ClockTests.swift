import Foundation
@testable import ParleyArchive
import Testing

@Suite struct ClockTests {
    /// The shape stored in imported_at ("2026-11-22T23:15:02Z"), made on many threads at once:
    /// Foundation's ISO8601DateFormatter, used before, crashed inside ICU when created so.
    @Test func timestampsAreUTCSecondsFromAnyThread() {
        let lock = NSLock()
        nonisolated(unsafe) var stamps: [String] = []
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let stamp = Clock.isoNow()
            lock.withLock { stamps.append(stamp) }
        }
        #expect(stamps.count == 64)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        for stamp in stamps {
            let bytes = Array(stamp.utf8)
            #expect(bytes.count == 20)
            guard bytes.count == 20 else { continue }
            #expect(digits.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 })
            #expect(String(decoding: [bytes[4], bytes[7], bytes[10], bytes[13], bytes[16], bytes[19]], as: UTF8.self) == "--T::Z")
        }
        #expect(Clock.compactNow().utf8.count == 16)
    }
}
