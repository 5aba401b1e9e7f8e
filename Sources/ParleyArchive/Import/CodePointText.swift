/// A text addressed by code point, as extraction spans are, without an array of scalars:
/// its UTF-8 bytes and where each code point starts in them.
struct CodePointText {
    private let utf8: [UInt8]
    /// UTF-8 offset of each code point, plus one past the end.
    private let starts: [Int32]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        // Filled through a buffer pointer: appending code point by code point was most of the cost.
        starts = utf8.withUnsafeBufferPointer { bytes in
            [Int32](unsafeUninitializedCapacity: bytes.count + 1) { buffer, initialized in
                var count = 0
                for offset in 0..<bytes.count where bytes[offset] & 0xC0 != 0x80 {
                    buffer[count] = Int32(offset)
                    count += 1
                }
                buffer[count] = Int32(bytes.count)
                initialized = count + 1
            }
        }
    }

    var count: Int { starts.count - 1 }

    /// The text of code points `start..<end` (spans are checked against `count` before this is used).
    subscript(start: Int, end: Int) -> String {
        String(decoding: utf8[Int(starts[start])..<Int(starts[end])], as: UTF8.self)
    }

    /// Code points in a text, counted from its UTF-8 bytes.
    static func count(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var continuation = 0
            for byte in bytes where byte & 0xC0 == 0x80 { continuation += 1 }
            return bytes.count - continuation
        }
    }
}
