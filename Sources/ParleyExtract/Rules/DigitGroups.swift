/// Reads one number token (ASCII digits with "," and "." between them) the way it was written:
/// "1,200" and "1.000.000" group thousands, "1,200.5" and "1.200,5" end in a decimal part,
/// "1.5" and "2,5" are decimals. A lone dot before exactly three digits ("1.200") is ambiguous:
/// both readings are returned and the figure chooses (see `NumberPhrase.resolved`).
enum DigitGroups {
    struct Reading: Equatable {
        var value: Double
        var grouped: Double? = nil
    }

    static func read(_ text: String) -> Reading? {
        var groups: [Substring] = []
        var separators: [UInt8] = []
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == comma || text.utf8[index] == dot {
            groups.append(text[start..<index])
            separators.append(text.utf8[index])
            start = text.utf8.index(after: index)
        }
        groups.append(text[start...])
        guard let last = separators.last, let lastGroup = groups.last else { return number(text) }
        let whole = groups.dropLast().joined()
        // Thousands groups: one to three digits without a leading zero, then groups of three
        // (or of two between commas, the South Asian "1,20,000").
        let middle: ClosedRange<Int> = separators.allSatisfy({ $0 == comma }) ? 2...3 : 3...3
        let canGroup = (1...3).contains(groups[0].utf8.count) && groups[0].first != "0"
            && groups.dropFirst().dropLast().allSatisfy { middle.contains($0.utf8.count) }
        if separators.count > 1 {
            // Every separator but the last groups thousands, and they are all the same mark.
            guard canGroup, Set(separators.dropLast()).count == 1 else { return nil }
            if separators[0] == last {
                return lastGroup.utf8.count == 3 ? number(whole + lastGroup) : nil   // "1.000.000"
            }
            return number(whole + "." + lastGroup)                                   // "1.200,5", "1,200.5"
        }
        guard canGroup, lastGroup.utf8.count == 3 else { return number(whole + "." + lastGroup) }
        // One mark before three digits: a comma groups thousands in English; a dot may do either.
        guard last == dot else { return number(whole + lastGroup) }
        guard let decimal = number(whole + "." + lastGroup), let grouped = number(whole + lastGroup) else { return nil }
        return Reading(value: decimal.value, grouped: grouped.value)
    }

    /// The text groups thousands with dots beyond doubt: "1.000.000", or "1.200,5" with a decimal comma.
    static func dotsGroupThousands(_ doc: Document) -> Bool {
        doc.tokens.contains { t in
            guard t.kind == .number, let lastDot = t.text.utf8.lastIndex(of: dot) else { return false }
            let moreDots = t.text.utf8[..<lastDot].contains(dot)
            let commaAfter = t.text.utf8[lastDot...].contains(comma)
            return (moreDots || commaAfter) && read(t.text) != nil
        }
    }

    private static let comma = UInt8(ascii: ","), dot = UInt8(ascii: ".")

    private static func number<S: StringProtocol>(_ digits: S) -> Reading? {
        Double(String(digits)).map { Reading(value: $0) }
    }
}
