/// Character classes on Unicode scalars. Cheap checks first (ASCII), Unicode properties after.
extension Unicode.Scalar {
    var isLetter: Bool {
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return properties.isAlphabetic
    }
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isUpper: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }
    var isLower: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x3000: return true
        case 0x2000...0x200A: return true
        default: return false
        }
    }
    /// Apostrophes that may sit inside a word ("don’t", "Russia’s").
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 || value == 0x02BC }
    var isHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }
    var isDash: Bool { value == 0x2013 || value == 0x2014 || value == 0x2015 }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `start..<end` as a String, encoded straight into the string's UTF-8 storage.
    func text(_ start: Int, _ end: Int) -> String {
        Self.utf8String(self[start..<end], lowercase: false)
    }

    /// Lower case with typographic apostrophes folded to "'": the key lexicons use.
    func lexKey(_ start: Int, _ end: Int) -> String {
        Self.utf8String(self[start..<end], lowercase: true)
    }

    static func utf8String(_ slice: ArraySlice<Unicode.Scalar>, lowercase: Bool) -> String {
        // Most text is ASCII: checked and copied through the slice's buffer, a byte per scalar.
        if let ascii = slice.withUnsafeBufferPointer({ asciiString($0, lowercase: lowercase) }) { return ascii }
        // Encoded straight into the string's storage: appending to a scalar view was most of its cost.
        let text = String(unsafeUninitializedCapacity: slice.count * 4) { buffer in
            var i = 0
            for s in slice { UTF8.encode(s) { buffer[i] = $0; i += 1 } }
            return i
        }
        return lowercase ? text.lexKey : text
    }

    /// The scalars as a String when all are ASCII, lower-cased if asked; nil otherwise.
    private static func asciiString(_ s: UnsafeBufferPointer<Unicode.Scalar>, lowercase: Bool) -> String? {
        for c in s where c.value >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: s.count) { buffer in
            let out = buffer.baseAddress.unsafelyUnwrapped
            for i in 0..<s.count {
                let b = UInt8(truncatingIfNeeded: s[i].value)
                out[i] = lowercase && b &- 0x41 < 26 ? b | 0x20 : b
            }
            return s.count
        }
    }
}

extension UnsafeBufferPointer where Element == Unicode.Scalar {
    /// `Array.lexKey(start, end)` for scalars read through a buffer.
    func lexKey(_ start: Int, _ end: Int) -> String {
        [Unicode.Scalar].utf8String(ArraySlice(self[start..<end]), lowercase: true)
    }
}

extension String {
    /// Lowercased with typographic apostrophes unified; used for lexicon keys.
    var lexKey: String {
        // ASCII lower-cases byte by byte, read from the contiguous bytes; `lowercased()` would take the Unicode path.
        var copy = self
        let ascii: String?? = copy.withUTF8 { bytes in
            var hasUpper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- 0x41 < 26 { hasUpper = true }
            }
            guard hasUpper else { return .some(nil) }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for i in 0..<bytes.count { buffer[i] = bytes[i] &- 0x41 < 26 ? bytes[i] | 0x20 : bytes[i] }
                return bytes.count
            }
        }
        // Outer nil: not ASCII. Inner nil: ASCII with nothing upper case, so the key is the string itself.
        if let ascii { return ascii ?? self }
        let lower = lowercased()
        // Most keys have no typographic apostrophe: then the lower-cased string is the key as it is.
        guard lower.unicodeScalars.contains(where: { $0.value == 0x2019 }) else { return lower }
        var view = String.UnicodeScalarView()
        for s in lower.unicodeScalars { view.append(s.value == 0x2019 ? "'" : s) }
        return String(view)
    }
}

extension String {
    /// The scalars in one pass over the UTF-8 bytes (`Array(unicodeScalars)` counts them first).
    var scalarArray: [Unicode.Scalar] {
        var copy = self
        return copy.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0, n = 0
                while i < bytes.count {
                    // Runs of ASCII, most of any article, need no decoding: eight bytes at a time
                    // while none has its high bit set, then byte by byte.
                    while i + 8 <= bytes.count {
                        let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        guard word & 0x8080_8080_8080_8080 == 0 else { break }
                        // Widened eight lanes at once; an ASCII byte's scalar has the byte's value.
                        let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                        UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: wide, as: SIMD8<UInt32>.self)
                        i += 8; n += 8
                    }
                    while i < bytes.count, bytes[i] < 0x80 {
                        out[n] = Unicode.Scalar(bytes[i])
                        i += 1; n += 1
                    }
                    guard i < bytes.count else { break }
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    // A String's bytes are valid UTF-8, so the lead byte gives the length.
                    if b0 < 0x80 {
                        v = b0; i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out[n] = Unicode.Scalar(v).unsafelyUnwrapped
                    n += 1
                }
                count = n
            }
        }
    }
}
