/// A savepoint for a unit of work repeated many times (one per imported article): its three
/// statements are prepared once instead of parsed again for every unit, as `savepoint(_:_:)` does.
public final class PreparedSavepoint {
    private let database: Database
    private let begin, release, rollback: Statement

    public init(_ name: String, on database: Database) throws {
        let quoted = Database.quotedSavepointName(name)
        self.database = database
        begin = try database.prepare("SAVEPOINT \(quoted)")
        release = try database.prepare("RELEASE \(quoted)")
        rollback = try database.prepare("ROLLBACK TO \(quoted)")
    }

    /// Commits `body`'s work to the enclosing transaction, or undoes it alone and rethrows.
    @discardableResult
    public func run<T>(_ body: () throws -> T) throws -> T {
        try begin.runToCompletion()
        let result: T
        do {
            result = try body()
        } catch {
            // ROLLBACK TO undoes the work; RELEASE then drops the savepoint itself. Their own
            // failures must not hide the error that caused them.
            if database.isInTransaction { _ = try? rollback.runToCompletion() }
            if database.isInTransaction { _ = try? release.runToCompletion() }
            throw error
        }
        try release.runToCompletion()
        return result
    }
}
