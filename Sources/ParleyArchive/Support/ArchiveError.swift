/// Errors the archive reports to the user; each description is one line that says what to do.
public enum ArchiveError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The archive's schema is from another parley, or was altered.
    case schema(String)
    /// No archive where one was expected.
    case missing(String)
    /// An input that cannot be imported: the file and the reason.
    case input(file: String, reason: String)
    /// A query refused or failed.
    case query(String)
    /// A backup or restore that could not be done safely.
    case backup(String)
    /// The archive file itself could not be written (disk full, I/O error).
    case storage(String)

    /// The reason alone, without the file name an `.input` error carries.
    public var reason: String {
        if case .input(_, let reason) = self { return reason }
        return description
    }

    public var description: String {
        switch self {
        case .schema(let text), .missing(let text), .query(let text), .backup(let text), .storage(let text): return text
        case .input(let file, let reason): return "\(file): \(reason)"
        }
    }
}
