import Foundation

/// Reads an input's bytes with the checks a file system allows before reading:
/// regular file, not a dangling link, within the size cap, readable.
public enum InputReader {
    public static func read(_ input: ImportInput, maxBytes: Int) throws(ArchiveError) -> [UInt8] {
        guard let path = input.path else { return try readStandardInput(maxBytes: maxBytes) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            var linkInfo = stat()
            if lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK {
                throw .input(file: input.display, reason: "dangling symbolic link (its target does not exist)")
            }
            throw .input(file: input.display, reason: "cannot read: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .input(file: input.display, reason: "is a folder, not a file")
        case S_IFIFO: throw .input(file: input.display, reason: "is a named pipe (FIFO), not a file; pipe it to `parley import -` instead")
        default: throw .input(file: input.display, reason: "is a device or socket, not a file")
        }
        if Int(info.st_size) > maxBytes {
            throw .input(file: input.display, reason: "file is \(Int(info.st_size)) bytes, over the \(maxBytes)-byte limit (raise it with --max-size)")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .input(file: input.display, reason: "cannot read: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        return try readAll(fd, display: input.display, maxBytes: maxBytes)
    }

    private static func readStandardInput(maxBytes: Int) throws(ArchiveError) -> [UInt8] {
        try readAll(STDIN_FILENO, display: "-", maxBytes: maxBytes)
    }

    private static func readAll(_ fd: Int32, display: String, maxBytes: Int) throws(ArchiveError) -> [UInt8] {
        var bytes: [UInt8] = []
        // Left uninitialized: zeroing 64 KiB for every article of a few KiB was 1% of an import.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = Glibc.read(fd, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .input(file: display, reason: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            if bytes.count > maxBytes {
                throw .input(file: display, reason: "input is over the \(maxBytes)-byte limit (raise it with --max-size)")
            }
        }
    }
}
