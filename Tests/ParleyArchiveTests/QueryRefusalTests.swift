import Foundation
import ParleyArchive
import ParleyReliability
import ParleySQLite
import TestSupport
import Testing

@Suite struct QueryRefusalTests {
    /// The battery's list, so the tests and `parley-torture` try the same statements.
    static let hostile = HostileSQL.statements

    @Test func hostileStatementsAreRefusedAndTheFileIsUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.db")
        do {
            let archive = try Archive.openForWriting(at: path)
            var summary = ImportSummary()
            summary = try Importer(archive: archive).run(InputCollector.collect([ProjectFiles.samplesFolder]).inputs)
            #expect(summary.imported == 5)
        }
        let before = SHA256.hex(try Array(Data(contentsOf: URL(fileURLWithPath: path))))
        let filesBefore = try folder.entries()
        #expect(Self.hostile.count >= 40)
        for sql in Self.hostile {
            let error = #expect(throws: ArchiveError.self, "not refused: \(sql)") {
                try QueryRunner.run(archivePath: path, sql: sql)
            }
            #expect(error?.description.contains("\n") == false)
        }
        #expect(SHA256.hex(try Array(Data(contentsOf: URL(fileURLWithPath: path)))) == before)
        #expect(try folder.entries() == filesBefore)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/parley-evil-copy.db"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/parley-evil.db"))
    }

    @Test func legitimateReadsWork() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.db")
        do {
            let archive = try Archive.openForWriting(at: path)
            _ = try Importer(archive: archive).run(InputCollector.collect([ProjectFiles.samplesFolder]).inputs)
        }
        #expect(try QueryRunner.run(archivePath: path, sql: "SELECT count(*) FROM sources").rows == [[.integer(5)]])
        let fts = try QueryRunner.run(archivePath: path, sql: "SELECT rowid FROM sources_fts WHERE sources_fts MATCH :q ORDER BY rowid",
                                      parameters: [("q", "Erdogan")])
        #expect(fts.rows.count == 2)
        let info = try QueryRunner.run(archivePath: path, sql: "SELECT name FROM pragma_table_info('sources') WHERE name = 'body'")
        #expect(info.rows == [[.text("body")]])
        #expect(try QueryRunner.run(archivePath: path, sql: "PRAGMA table_info(claims)").rows.count > 5)
        let cte = try QueryRunner.run(archivePath: path, sql: "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT sum(x) FROM n")
        #expect(cte.rows == [[.integer(55)]])
    }

    @Test func runawayQueriesStopAtTheTimeLimit() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.db")
        _ = try Archive.openForWriting(at: path)
        let error = #expect(throws: ArchiveError.self) {
            try QueryRunner.run(archivePath: path, sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                                timeout: 0.3)
        }
        #expect(error?.description.contains("--timeout") == true)
    }

    @Test func unknownParametersAreNamed() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.db")
        _ = try Archive.openForWriting(at: path)
        let error = #expect(throws: ArchiveError.self) {
            try QueryRunner.run(archivePath: path, sql: "SELECT :a", parameters: [("b", "1")])
        }
        #expect(error?.description.contains(":b") == true)
    }
}
