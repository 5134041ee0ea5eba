import GRDB

/// Migration "v13-access-login-roles": nothing on SQLite, which has no server roles.
///
/// On PostgreSQL it makes each login's server role follow the grants
/// (`PostgresMigrations.v13AccessLoginRoles`). The identifier is here so that both backends
/// list the same migrations in the same order. The (empty) effect is frozen once shipped.
enum AccessLoginRoleSchema {
    static func create(_ db: Database) throws {}
}
