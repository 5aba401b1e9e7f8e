import Foundation

enum Clock {
    /// UTC timestamp with seconds, as stored in imported_at and applied_at.
    static func isoNow() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// A file-name-safe UTC timestamp ("20261122T231502Z").
    static func compactNow() -> String {
        isoNow().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }
}
