@testable import ParleyCLI
import Testing

/// `--max-size`: what a user may write, what is refused, and how help shows the default.
@Suite struct ByteSizeTests {
    @Test(arguments: [("10MB", 10 << 20), ("512k", 512 << 10), ("1048576", 1_048_576), ("2 G", 2 << 30), ("7b", 7)])
    func readsASize(text: String, bytes: Int) {
        #expect(ByteSize(argument: text)?.bytes == bytes)
    }

    @Test(arguments: ["", "0", "-5MB", "10TB", "MB", "99999999999G", "99999999999999999999"])
    func refusesABadSize(text: String) {
        #expect(ByteSize(argument: text) == nil)
    }

    @Test(arguments: [(10 << 20, "10MB"), (512 << 10, "512KB"), (3 << 30, "3GB"), (1000, "1000")])
    func showsTheDefaultAsAUserWouldWriteIt(bytes: Int, text: String) {
        #expect(ByteSize(bytes: bytes).defaultValueDescription == text)
    }

    @Test func importHelpShowsTheDefaultSize() {
        // (Help wraps its lines, so the words are compared without their spacing.)
        let help = Parley.helpMessage(for: ImportCommand.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("(default: 10MB)"))
    }
}
