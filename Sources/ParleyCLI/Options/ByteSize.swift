import ArgumentParser

/// A size such as `10MB`, `512k` or `1048576` (bytes); K, M and G are powers of 1024.
struct ByteSize: ExpressibleByArgument {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.lowercased().replacingOccurrences(of: " ", with: "")
        let digits = text.prefix(while: { $0.isNumber })
        guard let number = Int(digits), number > 0 else { return nil }
        let multipliers: [String: Int] = ["": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "g": 1 << 30, "gb": 1 << 30]
        guard let multiplier = multipliers[String(text.dropFirst(digits.count))] else { return nil }
        // "99999999999G" is refused as a bad size, not a crash.
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        bytes = product
    }

    /// The size as a user would write it: "10MB", "512K", "1000" (bytes).
    var defaultValueDescription: String {
        for (unit, size) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes % size == 0 {
            return "\(bytes / size)\(unit)B"
        }
        return String(bytes)
    }
}
