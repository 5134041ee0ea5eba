/// Which SQL a connection speaks, for the few statements that cannot be written once.
///
/// The store's SQL is written to run unchanged on both (`?` parameters, `ON CONFLICT`,
/// `IS DISTINCT FROM`, `RETURNING`); only the places that must differ ask this, and each
/// backend keeps its differences in one file (`SQLiteDialect`, `PostgresDialect`).
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres
}
