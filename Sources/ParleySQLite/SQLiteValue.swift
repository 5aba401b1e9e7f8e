import Foundation

/// One SQLite value in its storage class.
public enum SQLiteValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var int64: Int64? {
        switch self {
        case .integer(let i): return i
        case .real(let d): return Int64(exactly: d)
        default: return nil
        }
    }

    public var double: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .real(let d): return d
        default: return nil
        }
    }

    public var string: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    /// How a value prints in text output (tables, CSV): NULL as empty, blobs as hex.
    public var displayText: String {
        switch self {
        case .null: return ""
        case .integer(let i): return String(i)
        case .real(let d): return d.rounded() == d && abs(d) < 1e15 ? String(format: "%.1f", d) : String(d)
        case .text(let s): return s
        case .blob(let b): return "x'" + b.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }
}

/// Anything that binds as a statement parameter.
public protocol SQLiteBindable {
    var sqliteValue: SQLiteValue { get }
    /// Binds itself at a 1-based index. Text, integers and NULL bind directly: going through
    /// `sqliteValue` for every parameter was a tenth of the import's writing thread.
    func bind(to statement: Statement, at index: Int) throws
}

extension SQLiteBindable {
    public func bind(to statement: Statement, at index: Int) throws {
        try statement.bind(sqliteValue, at: index)
    }
}

extension SQLiteValue: SQLiteBindable { public var sqliteValue: SQLiteValue { self } }
extension Int: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
    public func bind(to statement: Statement, at index: Int) throws { try statement.bindInteger(Int64(self), at: index) }
}
extension Int64: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .integer(self) }
    public func bind(to statement: Statement, at index: Int) throws { try statement.bindInteger(self, at: index) }
}
extension Double: SQLiteBindable { public var sqliteValue: SQLiteValue { .real(self) } }
extension String: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .text(self) }
    public func bind(to statement: Statement, at index: Int) throws { try statement.bindText(self, at: index) }
}
extension Bool: SQLiteBindable { public var sqliteValue: SQLiteValue { .integer(self ? 1 : 0) } }
extension Array: SQLiteBindable where Element == UInt8 { public var sqliteValue: SQLiteValue { .blob(self) } }
extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    public var sqliteValue: SQLiteValue { self?.sqliteValue ?? .null }
    public func bind(to statement: Statement, at index: Int) throws {
        if let self { try self.bind(to: statement, at: index) } else { try statement.bind(.null, at: index) }
    }
}
