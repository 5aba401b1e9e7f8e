/// Transactions and savepoints that commit on success and roll back, then rethrow the first error, on failure.
extension Database {
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    @discardableResult
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        let result: T
        do {
            result = try body()
        } catch {
            rollbackQuietly("ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            rollbackQuietly("ROLLBACK")
            throw error
        }
        return result
    }

    /// A nestable unit of work: inside a transaction it can be undone alone.
    @discardableResult
    public func savepoint<T>(_ name: String = "parley", _ body: () throws -> T) throws -> T {
        let quoted = Database.quotedSavepointName(name)
        try execute("SAVEPOINT \(quoted)")
        let result: T
        do {
            result = try body()
        } catch {
            // ROLLBACK TO undoes the work; RELEASE then drops the savepoint itself.
            rollbackQuietly("ROLLBACK TO \(quoted)")
            rollbackQuietly("RELEASE \(quoted)")
            throw error
        }
        try execute("RELEASE \(quoted)")
        return result
    }

    static func quotedSavepointName(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A rollback's own failure must not hide the error that caused it.
    private func rollbackQuietly(_ sql: String) {
        guard isInTransaction else { return }
        _ = try? execute(sql)
    }
}
