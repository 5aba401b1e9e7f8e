import CParleySQLite

extension Database {
    /// Copies the whole database into `destination` with the online backup API, in one step,
    /// so a steady writer on another connection cannot keep restarting it.
    public func backup(into destination: Database, schema: String = "main") throws {
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, schema) else {
            throw SQLiteError(connection: destination.handle, code: sqlite3_errcode(destination.handle))
        }
        var rc = sqlite3_backup_step(backup, -1)
        var retries = 0
        // A writer holding a lock is waited for briefly (about 10 s in all), never forever.
        while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && retries < 500 {
            sqlite3_sleep(20)
            retries += 1
            rc = sqlite3_backup_step(backup, -1)
        }
        // finish releases the backup on every path; its result reports any error of the steps.
        let finish = sqlite3_backup_finish(backup)
        if rc != SQLITE_DONE {
            throw SQLiteError(code: rc, message: "backup failed: \(String(cString: sqlite3_errstr(rc)))")
        }
        try destination.check(finish)
    }
}
