/// The dates parley stores: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source is.
public enum PartialDate {
    /// Whether `text` is such a date with a month that exists and a day that exists in that month.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ part, width in part.count == width && part.allSatisfy { ("0"..."9").contains($0) } }) else {
            return false
        }
        let numbers = parts.compactMap { Int($0) }
        guard numbers[0] >= 1 else { return false }
        if numbers.count >= 2, !(1...12).contains(numbers[1]) { return false }
        if numbers.count == 3, !(1...daysIn(month: numbers[1], year: numbers[0])).contains(numbers[2]) { return false }
        return true
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
