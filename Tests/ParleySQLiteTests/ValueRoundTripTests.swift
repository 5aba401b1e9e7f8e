import ParleySQLite
import TestSupport
import Testing

@Suite struct ValueRoundTripTests {
    static let values: [SQLiteValue] = [
        .null,
        .integer(0), .integer(-1), .integer(Int64.max), .integer(Int64.min),
        .real(3.25), .real(-0.5), .real(1e300),
        .text(""), .text("plain"), .text("Erdoğan «quote» — Київ 🕊️"), .text("before\u{0}after"), .text("\u{0}"),
        .blob([]), .blob([0, 1, 2, 255]), .blob(Array(repeating: 0, count: 1000)),
    ]

    @Test(arguments: values)
    func valueSurvivesARoundTrip(_ value: SQLiteValue) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(v ANY) STRICT")
        try db.run("INSERT INTO t(v) VALUES (?)", [value])
        let read = try db.scalar("SELECT v FROM t")
        #expect(read == value)
    }

    @Test func textIsStoredByUTF8LengthNotByCString() throws {
        let db = try Database(path: ":memory:")
        let text = "a\u{0}b"
        #expect(try db.scalar("SELECT length(CAST(? AS BLOB))", [text]) == .integer(3))
    }

    @Test func typedReadsAreNullSafe() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT NULL, 7, 2.5, 'x'")
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == nil)
        #expect(statement.string(at: 0) == nil)
        #expect(statement.double(at: 0) == nil)
        #expect(statement.int64(at: 1) == 7)
        #expect(statement.double(at: 2) == 2.5)
        #expect(statement.string(at: 3) == "x")
        #expect(statement.value(at: 0).isNull)
    }

    @Test func namedParametersBind() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT :a || @b")
        try statement.bind("x", named: ":a")
        try statement.bind("y", named: "@b")
        #expect(try statement.step())
        #expect(statement.string(at: 0) == "xy")
        #expect(throws: SQLiteError.self) { try statement.bind("z", named: ":missing") }
    }

    @Test func rowsAreReadByName() throws {
        let db = try Database(path: ":memory:")
        let rows = try db.rows("SELECT 1 AS one, 'two' AS two UNION ALL SELECT 3, NULL")
        #expect(rows.count == 2)
        #expect(rows[0]["two"] == .text("two"))
        #expect(rows[1]["two"] == .null)
        #expect(rows[1]["one"].int64 == 3)
    }
}
