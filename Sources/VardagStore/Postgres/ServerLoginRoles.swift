import Foundation
import VardagDomain

/// The PostgreSQL roles behind Vardag's logins: each login is a server role that can log in,
/// and a member of the database's app role (`vardag_app_role()`, made by `v11-access`),
/// which holds the table privileges; row-level security does the rest.
///
/// The server keeps the roles in step with `access_grant` by itself (the trigger of
/// `v13-access-login-roles`, run as the schema's owner), so the app only inserts and deletes
/// grants; this turns the server's refusal to create or change a role into a sentence. Vardag
/// stores no passwords: peer authentication, `ALTER ROLE … PASSWORD` by the server's
/// administrator, or certificates authenticate the login.
enum ServerLoginRoles {
    /// Runs a change of `access_grant`, turning a refusal by the role trigger into an `AccessFailure`.
    /// - Throws: `AccessFailure.serverRoleRefused` when the server refuses (the owner lacks
    ///   CREATEROLE, the app role is missing); lost connections and retryable conflicts as they are.
    static func changingGrants<T>(_ db: any StoreConnection, _ body: () throws -> T) throws -> T {
        guard db.dialect == .postgres else { return try body() }
        do {
            return try body()
        } catch let error as PostgresError where !error.isConnectionLost && !error.isRetryable {
            throw AccessFailure.serverRoleRefused(error.message)
        }
    }
}
