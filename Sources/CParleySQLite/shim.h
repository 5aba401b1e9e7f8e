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

// In-memory sub-journals. Each imported article is a savepoint, and a savepoint copies every
// page it first changes into the sub-journal (about 90 pages an article). SQLite's own
// in-memory journal (temp_store = MEMORY) allocates it in 1 KiB chunks and frees them at every
// RELEASE: five mallocs and frees a page, 11% of the import's writing thread. This file keeps
// one buffer for the whole transaction, reused by every savepoint; past 64 MiB it moves to a
// temporary file, as SQLite's statement journals do past 64 KiB. Sub-journals only ever hold
// copies for rollback within an open transaction: crash recovery reads the WAL or the rollback
// journal, never them. Every other file goes to the default VFS unchanged.
#include <stdlib.h>
#include <string.h>

typedef struct ParleySubjournal {
    sqlite3_file base;
    unsigned char *data;
    sqlite3_int64 size, capacity;
    sqlite3_file *spilled;  // the temporary file, once the journal outgrew memory
} ParleySubjournal;

#define PARLEY_SUBJOURNAL_MEMORY_LIMIT ((sqlite3_int64)64 << 20)

// The default VFS, kept in a function's static: Swift emits no storage for a header's globals.
static inline sqlite3_vfs **parley_default_vfs_slot(void) {
    static sqlite3_vfs *slot;
    return &slot;
}
#define parley_default_vfs (*parley_default_vfs_slot())

static int parley_subjournal_spill(ParleySubjournal *file) {
    sqlite3_vfs *vfs = parley_default_vfs;
    sqlite3_file *real = (sqlite3_file *)sqlite3_malloc(vfs->szOsFile);
    if (!real) return SQLITE_IOERR_NOMEM;
    memset(real, 0, vfs->szOsFile);
    int flags = SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE
        | SQLITE_OPEN_DELETEONCLOSE;
    int rc = vfs->xOpen(vfs, 0, real, flags, 0);
    if (rc == SQLITE_OK && file->size > 0) rc = real->pMethods->xWrite(real, file->data, (int)file->size, 0);
    if (rc != SQLITE_OK) {
        if (real->pMethods) real->pMethods->xClose(real);
        sqlite3_free(real);
        return rc;
    }
    free(file->data);
    file->data = 0;
    file->size = file->capacity = 0;
    file->spilled = real;
    return SQLITE_OK;
}

static int parley_subjournal_close(sqlite3_file *f) {
    ParleySubjournal *file = (ParleySubjournal *)f;
    int rc = SQLITE_OK;
    if (file->spilled) {
        rc = file->spilled->pMethods->xClose(file->spilled);
        sqlite3_free(file->spilled);
    }
    free(file->data);
    return rc;
}

static int parley_subjournal_read(sqlite3_file *f, void *out, int amount, sqlite3_int64 offset) {
    ParleySubjournal *file = (ParleySubjournal *)f;
    if (file->spilled) return file->spilled->pMethods->xRead(file->spilled, out, amount, offset);
    if (offset + amount > file->size) {
        sqlite3_int64 available = offset < file->size ? file->size - offset : 0;
        if (available > 0) memcpy(out, file->data + offset, (size_t)available);
        memset((unsigned char *)out + available, 0, (size_t)(amount - available));
        return SQLITE_IOERR_SHORT_READ;
    }
    memcpy(out, file->data + offset, (size_t)amount);
    return SQLITE_OK;
}

static int parley_subjournal_write(sqlite3_file *f, const void *in, int amount, sqlite3_int64 offset) {
    ParleySubjournal *file = (ParleySubjournal *)f;
    sqlite3_int64 end = offset + amount;
    if (!file->spilled && end > PARLEY_SUBJOURNAL_MEMORY_LIMIT) {
        int rc = parley_subjournal_spill(file);
        if (rc != SQLITE_OK) return rc;
    }
    if (file->spilled) return file->spilled->pMethods->xWrite(file->spilled, in, amount, offset);
    if (end > file->capacity) {
        sqlite3_int64 capacity = file->capacity ? file->capacity : 256 << 10;
        while (capacity < end) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(file->data, (size_t)capacity);
        if (!grown) return SQLITE_IOERR_NOMEM;
        file->data = grown;
        file->capacity = capacity;
    }
    if (offset > file->size) memset(file->data + file->size, 0, (size_t)(offset - file->size));
    memcpy(file->data + offset, in, (size_t)amount);
    if (end > file->size) file->size = end;
    return SQLITE_OK;
}

static int parley_subjournal_truncate(sqlite3_file *f, sqlite3_int64 size) {
    ParleySubjournal *file = (ParleySubjournal *)f;
    if (file->spilled) return file->spilled->pMethods->xTruncate(file->spilled, size);
    if (size < file->size) file->size = size;
    return SQLITE_OK;
}

static int parley_subjournal_sync(sqlite3_file *f, int flags) {
    ParleySubjournal *file = (ParleySubjournal *)f;
    return file->spilled ? file->spilled->pMethods->xSync(file->spilled, flags) : SQLITE_OK;
}

static int parley_subjournal_file_size(sqlite3_file *f, sqlite3_int64 *size) {
    ParleySubjournal *file = (ParleySubjournal *)f;
    if (file->spilled) return file->spilled->pMethods->xFileSize(file->spilled, size);
    *size = file->size;
    return SQLITE_OK;
}

static int parley_subjournal_lock(sqlite3_file *f, int level) { (void)f; (void)level; return SQLITE_OK; }

static int parley_subjournal_check_reserved_lock(sqlite3_file *f, int *out) { (void)f; *out = 0; return SQLITE_OK; }

static int parley_subjournal_file_control(sqlite3_file *f, int op, void *arg) {
    ParleySubjournal *file = (ParleySubjournal *)f;
    return file->spilled ? file->spilled->pMethods->xFileControl(file->spilled, op, arg) : SQLITE_NOTFOUND;
}

static int parley_subjournal_sector_size(sqlite3_file *f) { (void)f; return 0; }

static int parley_subjournal_device_characteristics(sqlite3_file *f) { (void)f; return 0; }

static const sqlite3_io_methods parley_subjournal_methods = {
    1, parley_subjournal_close, parley_subjournal_read, parley_subjournal_write, parley_subjournal_truncate,
    parley_subjournal_sync, parley_subjournal_file_size, parley_subjournal_lock, parley_subjournal_lock,
    parley_subjournal_check_reserved_lock, parley_subjournal_file_control, parley_subjournal_sector_size,
    parley_subjournal_device_characteristics, 0, 0, 0, 0, 0, 0,
};

static int parley_vfs_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *outFlags) {
    (void)vfs;
    if (!(flags & SQLITE_OPEN_SUBJOURNAL)) return parley_default_vfs->xOpen(parley_default_vfs, name, f, flags, outFlags);
    ParleySubjournal *file = (ParleySubjournal *)f;
    memset(file, 0, sizeof *file);
    file->base.pMethods = &parley_subjournal_methods;
    if (outFlags) *outFlags = flags;
    return SQLITE_OK;
}

// Everything else is the default VFS's, called with its own handle.
static int parley_vfs_delete(sqlite3_vfs *v, const char *n, int s) { (void)v; return parley_default_vfs->xDelete(parley_default_vfs, n, s); }
static int parley_vfs_access(sqlite3_vfs *v, const char *n, int f, int *o) { (void)v; return parley_default_vfs->xAccess(parley_default_vfs, n, f, o); }
static int parley_vfs_full_pathname(sqlite3_vfs *v, const char *n, int c, char *o) { (void)v; return parley_default_vfs->xFullPathname(parley_default_vfs, n, c, o); }
static void *parley_vfs_dl_open(sqlite3_vfs *v, const char *n) { (void)v; return parley_default_vfs->xDlOpen(parley_default_vfs, n); }
static void parley_vfs_dl_error(sqlite3_vfs *v, int c, char *o) { (void)v; parley_default_vfs->xDlError(parley_default_vfs, c, o); }
static void (*parley_vfs_dl_sym(sqlite3_vfs *v, void *h, const char *s))(void) { (void)v; return parley_default_vfs->xDlSym(parley_default_vfs, h, s); }
static void parley_vfs_dl_close(sqlite3_vfs *v, void *h) { (void)v; parley_default_vfs->xDlClose(parley_default_vfs, h); }
static int parley_vfs_randomness(sqlite3_vfs *v, int c, char *o) { (void)v; return parley_default_vfs->xRandomness(parley_default_vfs, c, o); }
static int parley_vfs_sleep(sqlite3_vfs *v, int m) { (void)v; return parley_default_vfs->xSleep(parley_default_vfs, m); }
static int parley_vfs_current_time(sqlite3_vfs *v, double *o) { (void)v; return parley_default_vfs->xCurrentTime(parley_default_vfs, o); }
static int parley_vfs_last_error(sqlite3_vfs *v, int c, char *o) { (void)v; return parley_default_vfs->xGetLastError(parley_default_vfs, c, o); }
static int parley_vfs_current_time_int64(sqlite3_vfs *v, sqlite3_int64 *o) { (void)v; return parley_default_vfs->xCurrentTimeInt64(parley_default_vfs, o); }
static int parley_vfs_set_system_call(sqlite3_vfs *v, const char *n, sqlite3_syscall_ptr p) { (void)v; return parley_default_vfs->xSetSystemCall(parley_default_vfs, n, p); }
static sqlite3_syscall_ptr parley_vfs_get_system_call(sqlite3_vfs *v, const char *n) { (void)v; return parley_default_vfs->xGetSystemCall(parley_default_vfs, n); }
static const char *parley_vfs_next_system_call(sqlite3_vfs *v, const char *n) { (void)v; return parley_default_vfs->xNextSystemCall(parley_default_vfs, n); }

// Makes the VFS above the default, and has SQLite open every sub-journal through it (a statement
// journal spill size of 0). Only allowed before SQLite initializes; returns SQLITE_MISUSE after.
static inline int parley_use_memory_subjournals(void) {
    static sqlite3_vfs vfs;
    int rc = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_vfs *base = sqlite3_vfs_find(0);
    if (!base || base->iVersion < 3) return SQLITE_ERROR;
    parley_default_vfs = base;
    vfs = *base;
    vfs.szOsFile = base->szOsFile > (int)sizeof(ParleySubjournal) ? base->szOsFile : (int)sizeof(ParleySubjournal);
    vfs.pNext = 0;
    vfs.zName = "parley";
    vfs.pAppData = 0;
    vfs.xOpen = parley_vfs_open;
    vfs.xDelete = parley_vfs_delete;
    vfs.xAccess = parley_vfs_access;
    vfs.xFullPathname = parley_vfs_full_pathname;
    vfs.xDlOpen = parley_vfs_dl_open;
    vfs.xDlError = parley_vfs_dl_error;
    vfs.xDlSym = parley_vfs_dl_sym;
    vfs.xDlClose = parley_vfs_dl_close;
    vfs.xRandomness = parley_vfs_randomness;
    vfs.xSleep = parley_vfs_sleep;
    vfs.xCurrentTime = parley_vfs_current_time;
    vfs.xGetLastError = parley_vfs_last_error;
    vfs.xCurrentTimeInt64 = parley_vfs_current_time_int64;
    vfs.xSetSystemCall = parley_vfs_set_system_call;
    vfs.xGetSystemCall = parley_vfs_get_system_call;
    vfs.xNextSystemCall = parley_vfs_next_system_call;
    return sqlite3_vfs_register(&vfs, 1);
}

#endif
