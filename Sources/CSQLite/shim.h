#include <sqlite3.h>

/// Turns SQLite's memory statistics off (SQLITE_CONFIG_MEMSTATUS, 0): with them on, every allocation SQLite
/// makes takes a process-wide mutex. Must run before SQLite is initialised; afterwards it returns SQLITE_MISUSE
/// and changes nothing. sqlite3_config is variadic, so Swift cannot call it directly.
static inline int estate_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
