// The store keeps articles between runs behind one interface; SQLite is the embedded default.
export type * from './types.ts';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
