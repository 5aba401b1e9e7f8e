import ArgumentParser
import Foundation
import ParleyArchive
@testable import ParleyCLI
import TestSupport
import Testing

/// Runs `parley ARGS` in-process and returns its exit code and output.
func parley(_ arguments: [String]) -> (code: Int32, stdout: String, stderr: String) {
    let captured = CapturedConsole()
    do {
        let command = try Parley.parseAsRoot(arguments)
        guard let runnable = command as? any ConsoleCommand else {
            return (0, Parley.helpMessage(for: type(of: command)), "")
        }
        try runnable.execute(captured.console)
        return (0, captured.stdout, captured.stderr)
    } catch {
        let code = Parley.exitCode(for: error).rawValue
        if code != 0, !(error is ExitCode) { captured.console.err(Parley.fullMessage(for: error)) }
        return (code, captured.stdout, captured.stderr)
    }
}

@Suite struct CommandLineTests {
    @Test func importsSamplesThenReportsThemUnchanged() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("parley.db")
        let first = parley(["import", ProjectFiles.samplesFolder, "--db", db])
        #expect(first.code == 0)
        #expect(first.stdout.contains("5 imported, 0 unchanged, 0 updated, 0 failed"))
        let second = parley(["import", ProjectFiles.samplesFolder, "--db", db])
        #expect(second.code == 0)
        #expect(second.stdout.contains("0 imported, 5 unchanged, 0 updated, 0 failed"))
        // The totals line is the same: nothing was added.
        #expect(first.stdout.split(separator: "\n").last == second.stdout.split(separator: "\n").last)
    }

    @Test func queryPrintsInEveryFormat() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("parley.db")
        #expect(parley(["import", ProjectFiles.samplesFolder, "--db", db]).code == 0)
        let sql = "SELECT count(*) AS n FROM sources"
        #expect(parley(["query", sql, "--db", db]).stdout == "n\n-\n5\n")
        #expect(parley(["query", sql, "--db", db, "--csv"]).stdout == "n\r\n5\r\n")
        #expect(parley(["query", sql, "--db", db, "--nl"]).stdout == "{\"n\":5}\n")
        #expect(parley(["query", sql, "--db", db, "--markdown"]).stdout == "| n |\n| --- |\n| 5 |\n")
        let json = parley(["query", sql, "--db", db, "--json"]).stdout
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Int]]
        #expect(decoded == [["n": 5]])
        #expect(parley(["query", "SELECT :x AS x", "--param", "x=7", "--db", db, "--csv"]).stdout == "x\r\n7\r\n")
        // Fields with commas, quotation marks or line breaks are quoted, quotation marks doubled, other text left whole.
        let quoted = "SELECT 'a,b' AS x, 'say \"hi\"' AS y, 'one' || char(10) || 'two' AS z, 'Erdoğan «x»' AS w"
        #expect(parley(["query", quoted, "--db", db, "--csv"]).stdout
            == "x,y,z,w\r\n\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",Erdoğan «x»\r\n")
    }

    @Test func formatsAreMutuallyExclusive() throws {
        let result = parley(["query", "SELECT 1", "--csv", "--json"])
        #expect(result.code == 64)
    }

    @Test func writingQueryIsRefusedAndTheFileUnchanged() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("parley.db")
        #expect(parley(["import", ProjectFiles.samplesFolder, "--db", db]).code == 0)
        let before = SHA256.hex(try Array(Data(contentsOf: URL(fileURLWithPath: db))))
        let result = parley(["query", "DELETE FROM sources", "--db", db])
        #expect(result.code == 1)
        #expect(result.stderr.hasPrefix("Error: query refused"))
        #expect(SHA256.hex(try Array(Data(contentsOf: URL(fileURLWithPath: db)))) == before)
    }

    @Test func readingCommandsNeverCreateTheArchive() throws {
        let folder = try TemporaryFolder()
        let result = parley(["query", "SELECT 1", "--db", folder.file("none.db")])
        #expect(result.code == 1)
        #expect(result.stderr.contains("no archive at"))
        #expect(try folder.entries().isEmpty)
    }

    @Test func badFilesGetOneLineEachAndExitOne() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        for sample in ProjectFiles.samples {
            try FileManager.default.copyItem(atPath: sample, toPath: folder.file("in/" + URL(fileURLWithPath: sample).lastPathComponent))
        }
        try folder.write("in/latin1.txt", [0x4B, 0x69, 0x65, 0x77, 0xE9, 0x0A])
        try folder.write("in/empty.txt", [])
        try folder.write("in/logo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        let result = parley(["import", folder.file("in"), "--db", folder.file("parley.db")])
        #expect(result.code == 1)
        #expect(result.stdout.contains("5 imported, 0 unchanged, 0 updated, 3 failed"))
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 3)
        for name in ["latin1.txt", "empty.txt", "logo.txt"] {
            #expect(errors.contains { $0.hasPrefix("Error: ") && $0.contains(name + ": ") })
        }
    }

    @Test func extractPrintsTheContractShape() throws {
        let sample = try #require(ProjectFiles.samples.first { $0.hasSuffix("003_01a0be8bfad849f4.txt") })
        let result = parley(["extract", sample, "--json"])
        #expect(result.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["source", "people", "meetings", "delegations", "claims", "figures"] { #expect(object[key] != nil, "missing \(key)") }
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["file"] as? String == "003_01a0be8bfad849f4.txt")
        #expect(source.keys.contains("published"))
    }

    @Test func extractTouchesNoArchive() throws {
        let folder = try TemporaryFolder()
        let sample = try #require(ProjectFiles.samples.first)
        try FileManager.default.copyItem(atPath: sample, toPath: folder.file("a.txt"))
        let result = parley(["extract", folder.file("a.txt"), "--db", folder.file("x.db")])
        #expect(result.code == 64, "extract takes no --db")
        #expect(parley(["extract", folder.file("a.txt")]).code == 0)
        #expect(try folder.entries() == ["a.txt"])
    }

    @Test func backupWritesACheckedCopyAndRefusesToOverwrite() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("parley.db")
        #expect(parley(["import", ProjectFiles.samplesFolder, "--db", db]).code == 0)
        let result = parley(["backup", folder.file("b.db"), "--db", db])
        #expect(result.code == 0)
        #expect(result.stdout.contains("sha256 "))
        #expect(parley(["query", "SELECT count(*) FROM sources", "--db", folder.file("b.db"), "--csv"]).stdout == "count(*)\r\n5\r\n")
        let again = parley(["backup", folder.file("b.db"), "--db", db])
        #expect(again.code == 1)
        #expect(again.stderr.contains("--force"))
    }

    @Test func unknownOptionIsAUsageError() {
        #expect(parley(["import", "--no-such-option"]).code == 64)
    }
}

@Suite struct ReportCommandTests {
    @Test func sourcesReportListsCurrentVersions() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("parley.db")
        #expect(parley(["import", ProjectFiles.samplesFolder, "--db", db]).code == 0)
        let result = parley(["report", "sources", "--db", db, "--csv"])
        #expect(result.code == 0)
        let lines = result.stdout.split(separator: "\r\n")
        #expect(lines.first == "id,file,title,outlet,published,people,meetings,claims,figures,versions,imported_at")
        #expect(lines.count == 6)
        #expect(parley(["report", "sources", "--db", db, "--limit", "2", "--nl"]).stdout.split(separator: "\n").count == 2)
        #expect(parley(["report", "nonsense", "--db", db]).code == 64)
    }
}

@Suite struct ReportFilterTests {
    @Test(arguments: [("2025", true), ("2025-05", true), ("2025-05-16", true), ("2025-13", false), ("2025-5-1", false),
                      ("May 2025", false), ("2025-05-32", false), ("", false)])
    func datesAreChecked(_ text: String, _ valid: Bool) {
        #expect(ReportCommandDates.isDate(text) == valid)
    }

    @Test func filtersAReportDoesNotTakeAreUsageErrors() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("parley.db")
        #expect(parley(["import", ProjectFiles.samplesFolder, "--db", db]).code == 0)
        let result = parley(["report", "people", "--topic", "ceasefire", "--db", db])
        #expect(result.code == 64)
        #expect(parley(["report", "claims", "--topic", "ceasefire", "--since", "2025", "--db", db]).code == 0)
        #expect(parley(["report", "claims", "--since", "2025-13", "--db", db]).code == 64)
    }
}

@Suite struct ProgressBarTests {
    @Test func lineShowsFilesRateAndTimeLeft() {
        let bar = ProgressBar(total: 4, totalBytes: 4_000_000, enabled: false)
        bar.advance(bytes: 1_000_000)
        bar.advance(bytes: 1_000_000)
        #expect(bar.line(elapsed: 1) == "[##########..........]  2/4 files  2.0 MB/s  ETA 1 s")
    }
}
