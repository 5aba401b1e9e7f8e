import Glibc

enum Clock {
    /// UTC timestamp with seconds ("2026-11-22T23:15:02Z"), as stored in imported_at and applied_at.
    /// Made with gmtime_r, not ISO8601DateFormatter: creating formatters on several threads at once
    /// (parallel tests, importer threads) crashed inside ICU.
    static func isoNow() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// A file-name-safe UTC timestamp ("20261122T231502Z").
    static func compactNow() -> String {
        String(isoNow().filter { $0 != "-" && $0 != ":" })
    }
}
