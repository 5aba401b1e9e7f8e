import ParleySQLite

/// bm25 gives a phrase that half the rows of a table or more contain the least weight it has (an
/// idf of 1e-6), so when every phrase of a search is that common, each hit scores below 2.2e-6 a
/// phrase and shows as 0.0 (scores are rounded to three places): the hits rank by rowid alone, and
/// bm25, which reads every hit's positions and length, can be skipped. "ceasefire" is in 99% of
/// 100,000 generated articles: ranking them all was more than half of `parley search ceasefire`.
enum FlatRanking {
    /// Whether every hit of all `phrases` in the FTS5 table scores 0.0.
    static func holds(for phrases: [String], in table: String, on db: Database) -> Bool {
        // Below 227 phrases their scores add up to less than 0.0005, which rounds to 0.0.
        guard !phrases.isEmpty, phrases.count < 200, let rows = try? rowCount(of: table, on: db), rows > 0 else { return false }
        let half = (rows + 1) / 2
        return phrases.allSatisfy { phrase in
            let hits = try? db.scalar("SELECT count(*) FROM (SELECT rowid FROM \(table) WHERE \(table) MATCH ? LIMIT ?)", [phrase, half])
            return (hits?.int64 ?? 0) >= half
        }
    }

    /// The row count bm25 weighs phrases by: the first varint of the table's averages record
    /// (FTS5's on-disk format keeps it in row 1 of the %_data table).
    static func rowCount(of table: String, on db: Database) throws -> Int64? {
        guard case .blob(let record)? = try db.scalar("SELECT block FROM \(table)_data WHERE id = 1") else { return nil }
        return varint(record)
    }

    /// SQLite's variable-length integer: seven bits a byte, high bit set on all but the last, and
    /// all eight bits of a ninth byte.
    static func varint(_ bytes: [UInt8]) -> Int64? {
        var value: UInt64 = 0
        for (index, byte) in bytes.prefix(9).enumerated() {
            if index == 8 { return Int64(bitPattern: value << 8 | UInt64(byte)) }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte < 0x80 { return Int64(bitPattern: value) }
        }
        return nil
    }
}
