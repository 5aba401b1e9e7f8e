#ifndef PARLEY_SQLITE_SHIM_H
#define PARLEY_SQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import.
static inline sqlite3_destructor_type parley_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

// sqlite3_db_config is variadic, which Swift cannot call; this wraps the
// integer-flag form (DEFENSIVE, TRUSTED_SCHEMA, FTS3_TOKENIZER, ...).
static inline int parley_db_config_flag(sqlite3 *db, int op, int value, int *out) {
    return sqlite3_db_config(db, op, value, out);
}

// sqlite3_config is variadic too; this turns off SQLite's memory statistics, which take a
// process-wide mutex on every allocation. Only allowed before SQLite initializes.
static inline int parley_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
