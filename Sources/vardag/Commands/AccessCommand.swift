import ArgumentParser
import Foundation
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag access grant|revoke|list`: who may log in, as whom, with which roles.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: HelpText.text("Inloggningar och roller: vem som får se och ändra vad.", en: "Logins and roles: who may see and change what."),
        discussion: HelpText.text("""
            Rollerna är \(AccessText.roleCodes). Områden skrivs SLAG:NAMN: team:Enhet/Team, \
            enhet:Kommun/Enhet, kommun:Namn, skuggningsteam:Namn. Bara en systemförvaltare eller \
            databasens ägare får ändra. På PostgreSQL skapas inloggningens roll på servern \
            (Vardag sparar inga lösenord).
            """, en: """
            The roles are \(AccessText.roleCodes). Scopes are written KIND:NAME: team:Unit/Team, \
            enhet:Kommun/Unit, kommun:Name, skuggningsteam:Name. Only a systemförvaltare or the \
            database's owner may change them. On PostgreSQL the login's role is created on the \
            server (Vardag stores no passwords).
            """),
        subcommands: [AccessGrantCommand.self, AccessRevokeCommand.self, AccessListCommand.self])

    /// An access refusal as one stderr line and its exit code: 15 when the login running the
    /// command may not change access (or the server refused the role), 64 for a bad argument.
    static func failure(_ error: AccessFailure, _ s: Strings) -> CommandFailure {
        let code: Int32
        switch error {
        case .notAllowed, .serverRoleRefused: code = 15
        default: code = 64
        }
        return CommandFailure(message: s.format("cli.error", ErrorText.describe(error, s)), exitCode: code)
    }

    /// Runs a change on the database of `common`, turning refusals into messages.
    static func changing(_ common: CommonOptions, _ body: (AppDatabase, Strings) throws -> AccessGrant) throws -> (AccessGrant, Strings) {
        let s = try common.strings()
        let store = try common.openExistingStore(user: try workingLogin(s))
        defer { try? store.close() }
        do {
            return (try body(store, s), s)
        } catch let error as AccessFailure {
            throw failure(error, s)
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw try common.storeFailure(error)
        }
    }

    /// The role `--role` names.
    static func role(_ text: String, _ s: Strings) throws -> AccessRole {
        guard let role = AccessRole.named(text) else { throw failure(.unknownRole(text), s) }
        return role
    }
}

/// `vardag access grant LOGIN --person NAME --role ROLE [--scope KIND:NAME]`.
struct AccessGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: HelpText.text("Ger en inloggning en roll (och knyter den till personen första gången).", en: "Gives a login a role (and ties it to the person the first time)."))

    @OptionGroup var common: CommonOptions
    @Argument(help: HelpText.help("Inloggningen (OS- och databasanvändarnamnet).", en: "The login (the OS and database user name)."))
    var login: String
    @Option(name: .long, help: HelpText.help("Medarbetaren inloggningen tillhör.", en: "The staff member the login belongs to."))
    var person: String
    @Option(name: .long, help: HelpText.help("Rollen.", en: "The role."))
    var role: String
    @Option(name: .long, help: HelpText.help("Området, SLAG:NAMN (inte för medarbetare, vägledare, regional samordnare, systemförvaltare).", en: "The scope, KIND:NAME (not for medarbetare, vagledare, regional_samordnare, systemforvaltare)."))
    var scope: String?

    func run() throws {
        try reportingFailures {
            let (grant, s) = try AccessCommand.changing(common) { store, s in
                try store.grantAccess(login: login, personName: person, role: try AccessCommand.role(role, s), scope: scope)
            }
            print(s.format("cli.access.granted", grant.login, grant.personName, AccessText.role(grant.role, s), AccessText.scope(grant, s)))
        }
    }
}

/// `vardag access revoke LOGIN --role ROLE [--scope KIND:NAME]`.
struct AccessRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: HelpText.text("Tar en roll från en inloggning.", en: "Takes a role from a login."))

    @OptionGroup var common: CommonOptions
    @Argument(help: HelpText.help("Inloggningen.", en: "The login."))
    var login: String
    @Option(name: .long, help: HelpText.help("Rollen.", en: "The role."))
    var role: String
    @Option(name: .long, help: HelpText.help("Området, SLAG:NAMN, som rollen gavs med.", en: "The scope, KIND:NAME, the role was given with."))
    var scope: String?

    func run() throws {
        try reportingFailures {
            let (grant, s) = try AccessCommand.changing(common) { store, s in
                try store.revokeAccess(login: login, role: try AccessCommand.role(role, s), scope: scope)
            }
            print(s.format("cli.access.revoked", grant.login, grant.personName, AccessText.role(grant.role, s), AccessText.scope(grant, s)))
        }
    }
}

/// `vardag access list [--login LOGIN]`.
struct AccessListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text("Visar inloggningarna och deras roller.", en: "Shows the logins and their roles."))

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: HelpText.help("Bara denna inloggning.", en: "Only this login."))
    var login: String?

    func run() throws {
        try reportingFailures {
            let s = try common.strings()
            let store = try common.openExistingStoreForReading(user: try workingLogin(s))
            defer { try? store.close() }
            let grants: [AccessGrant]
            do { grants = try store.accessGrants(login: login) } catch { throw try common.storeFailure(error) }
            if grants.isEmpty { print(s["cli.access.none"]); return }
            let rows = [[s["cli.access.login"], s["cli.access.person"], s["cli.access.role"], s["cli.access.scope"]]]
                + grants.map { [$0.login, $0.personName, AccessText.role($0.role, s), AccessText.scope($0, s)].map(TextSanitizer.clean) }
            let widths = (0..<4).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
            for row in rows {
                let cells = (0..<4).map { $0 == 3 ? row[$0] : row[$0] + String(repeating: " ", count: widths[$0] - DisplayWidth.of(row[$0])) }
                print(cells.joined(separator: "  "))
            }
        }
    }
}
