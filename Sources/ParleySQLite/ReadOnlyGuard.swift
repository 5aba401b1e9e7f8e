#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CParleySQLite

/// Context for the authorizer callback: what the policy refused first, to explain it to the user.
final class AuthorizerContext {
    var denied: String?
}

/// Context for the progress handler: when to give up on a statement.
final class ProgressContext {
    var deadline: UInt64 = .max
    var timedOut = false
}

/// Locks a connection down for untrusted SQL: reads only, no ATTACH, no PRAGMA writes,
/// no transaction control, no risky functions, bounded sizes and run time.
extension Database {
    /// Pragmas that only read, allowed when given no value (`PRAGMA user_version`)
    /// or a table name (`PRAGMA table_info(x)`).
    static let readOnlyPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "database_list",
        "collation_list", "compile_options", "function_list", "module_list", "pragma_list",
        "user_version", "schema_version", "application_id", "page_count", "page_size", "freelist_count",
        "encoding", "data_version", "journal_mode", "foreign_keys",
    ]
    /// Pragmas that also take a table-name argument without writing.
    static let pragmasTakingTable: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
    ]
    /// Functions that reach outside the database or change the connection.
    static let deniedFunctions: Set<String> = [
        "fts3_tokenizer", "load_extension", "readfile", "writefile", "edit",
    ]

    /// Installs the read-only policy; `limitSeconds` bounds each statement's run time. On a
    /// connection already locked down (several queries on one connection) only the time limit is
    /// renewed: the policy itself would refuse the PRAGMA that starts it.
    public func lockDownForUntrustedSQL(limitSeconds: Double, maxSQLLength: Int32 = 100_000) throws {
        guard authorizerContext == nil else { return setTimeLimit(seconds: limitSeconds) }
        try execute("PRAGMA query_only = ON")
        setLimit(SQLITE_LIMIT_ATTACHED, 0)
        setLimit(SQLITE_LIMIT_SQL_LENGTH, maxSQLLength)
        setLimit(SQLITE_LIMIT_LENGTH, 100_000_000)
        installAuthorizer()
        setTimeLimit(seconds: limitSeconds)
    }

    /// What the authorizer refused in the last prepare, if anything.
    public var lastDeniedAction: String? { authorizerContext?.denied }

    /// Whether the last statement was stopped by the time limit.
    public var didTimeOut: Bool { progressContext?.timedOut ?? false }

    private func installAuthorizer() {
        let context = AuthorizerContext()
        authorizerContext = context
        let callback: @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
                                      UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32 = { user, action, a, b, _, _ in
            let context = Unmanaged<AuthorizerContext>.fromOpaque(user!).takeUnretainedValue()
            let first = a.map { String(cString: $0) }
            let second = b.map { String(cString: $0) }
            if let reason = Database.denial(action: action, first: first, second: second) {
                if context.denied == nil { context.denied = reason }
                return SQLITE_DENY
            }
            return SQLITE_OK
        }
        sqlite3_set_authorizer(handle, callback, Unmanaged.passUnretained(context).toOpaque())
    }

    /// Clears the record of a refused action before preparing the next statement.
    public func resetDenial() { authorizerContext?.denied = nil }

    /// The policy: nil to allow, or the reason to refuse.
    static func denial(action: Int32, first: String?, second: String?) -> String? {
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return nil
        case SQLITE_FUNCTION:
            let name = (second ?? "").lowercased()
            return deniedFunctions.contains(name) ? "the function \(name)() is not allowed" : nil
        case SQLITE_PRAGMA:
            let name = (first ?? "").lowercased()
            guard readOnlyPragmas.contains(name) else { return "PRAGMA \(name) is not allowed" }
            if second != nil && !pragmasTakingTable.contains(name) { return "PRAGMA \(name) cannot be changed" }
            return nil
        case SQLITE_UPDATE where first == "sqlite_master" || first == "sqlite_schema":
            // SQLite asks this while connecting a virtual table (FTS5, pragma table functions) for a
            // plain read. A real UPDATE is still stopped: the connection is read-only and query_only,
            // and statements that are not sqlite3_stmt_readonly are refused before they run.
            return nil
        case SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE: return "writing to \(first ?? "a table") is not allowed"
        case SQLITE_ATTACH, SQLITE_DETACH: return "ATTACH and DETACH are not allowed"
        case SQLITE_TRANSACTION, SQLITE_SAVEPOINT: return "transaction control is not allowed"
        default: return "changing the schema or the connection is not allowed"
        }
    }

    /// A progress handler that interrupts any statement running past the limit.
    public func setTimeLimit(seconds: Double) {
        let context = progressContext ?? ProgressContext()
        progressContext = context
        context.deadline = DispatchTimeLite.now() + UInt64(max(0, seconds) * 1e9)
        context.timedOut = false
        let handler: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { user in
            let context = Unmanaged<ProgressContext>.fromOpaque(user!).takeUnretainedValue()
            if DispatchTimeLite.now() > context.deadline {
                context.timedOut = true
                return 1
            }
            return 0
        }
        sqlite3_progress_handler(handle, 1_000, handler, Unmanaged.passUnretained(context).toOpaque())
    }
}

/// Monotonic nanoseconds without Dispatch, for the progress handler.
enum DispatchTimeLite {
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
