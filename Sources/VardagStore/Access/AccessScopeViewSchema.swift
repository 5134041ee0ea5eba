import GRDB

/// Migration "v14-access-scope-views": nothing on SQLite, which has no row-level security.
///
/// On PostgreSQL it makes the policies read the viewer's scopes from views
/// (`PostgresMigrations.v14AccessScopeViews`). The identifier is here so that both backends
/// list the same migrations in the same order. The (empty) effect is frozen once shipped.
enum AccessScopeViewSchema {
    static func create(_ db: Database) throws {}
}
