import Foundation
import VardagDomain

/// The PostgreSQL roles behind Vardag's logins: each login is a server role that can log in,
/// and a member of the database's app role (`vardag_app_role()`, made by `v11-access`),
/// which holds the table privileges; row-level security does the rest. Vardag stores no
/// passwords: peer authentication, `ALTER ROLE … PASSWORD` by the server's administrator,
/// or certificates authenticate the login.
enum ServerLoginRoles {
    /// Creates the login role when the server has none by that name, and makes it a member of the app role.
    /// - Throws: `AccessFailure.serverRoleRefused` when the server refuses (no CREATEROLE, no app role).
    static func enrol(_ db: any StoreConnection, login: String) throws {
        try refusingAsAccessFailure {
            let exists = try Int.fetchOne(db, sql: "SELECT count(*) FROM pg_roles WHERE rolname = ?", arguments: [login]) == 1
            if !exists { try db.execute(sql: "CREATE ROLE \(quoted(login)) LOGIN") }
            try db.execute(sql: "GRANT \(quoted(try appRole(db))) TO \(quoted(login))")
        }
    }

    /// Takes the login role out of the app role (it stays on the server).
    /// - Throws: `AccessFailure.serverRoleRefused` when the server refuses.
    static func withdraw(_ db: any StoreConnection, login: String) throws {
        try refusingAsAccessFailure {
            let exists = try Int.fetchOne(db, sql: "SELECT count(*) FROM pg_roles WHERE rolname = ?", arguments: [login]) == 1
            if exists { try db.execute(sql: "REVOKE \(quoted(try appRole(db))) FROM \(quoted(login))") }
        }
    }

    /// The name of this database's app role.
    static func appRole(_ db: any StoreConnection) throws -> String {
        try String.fetchOne(db, sql: "SELECT vardag_app_role()") ?? ""
    }

    /// An identifier in double quotes, doubling any quote inside (logins are checked by
    /// `AccessLogin.isValid`; the app role's name comes from the database's name).
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func refusingAsAccessFailure(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as PostgresError where !error.isConnectionLost && !error.isRetryable {
            throw AccessFailure.serverRoleRefused(error.message)
        }
    }
}
