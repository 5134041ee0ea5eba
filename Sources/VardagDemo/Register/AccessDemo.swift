import Foundation
import VardagDomain
import VardagStore

/// Demo logins: every role held by at least one person of the demo register, so that a
/// person can try each view (the README lists them).
///
/// People are picked by where they sit, not by name: the first person of the register
/// role or place each role needs, in the register's order, so the same seed gives the same
/// logins. A login is the person's name folded to ASCII, `förnamn.efternamn`.
public enum AccessDemo {
    /// One demo login: who, which role, and its scope as `vardag access grant` takes it.
    public struct Login: Hashable, Sendable {
        public var login: String
        public var person: String
        public var role: AccessRole
        public var scope: String?
    }

    /// Grants the demo logins (after the register, Delaktighetsmodellen and Skuggning demos).
    /// - Returns: the logins granted, in the README's order.
    /// - Throws: `AccessFailure` or the store's errors (on PostgreSQL, creating the roles needs CREATEROLE).
    @discardableResult
    public static func populate(_ db: AppDatabase) throws -> [Login] {
        let logins = try plan(db)
        for entry in logins {
            try db.grantAccess(login: entry.login, personName: entry.person, role: entry.role, scope: entry.scope)
        }
        return logins
    }

    /// Who gets which role in the demo register.
    static func plan(_ db: AppDatabase) throws -> [Login] {
        let staff = try db.demoAccessCandidates()
        let firstTeam = staff.first { $0.role == .medarbetare && $0.hasCases }
        guard let team = firstTeam else { return [] }
        func first(_ matching: (AppDatabase.DemoAccessCandidate) -> Bool) -> AppDatabase.DemoAccessCandidate? { staff.first(where: matching) }
        var plan: [Login] = []
        var used = Set<Int64>()
        func add(_ who: AppDatabase.DemoAccessCandidate?, _ roles: [(AccessRole, String?)]) {
            guard let who, used.insert(who.id).inserted else { return }
            for (role, scope) in roles { plan.append(Login(login: loginName(who.name), person: who.name, role: role, scope: scope)) }
        }
        let teamScope = "team:\(team.kommun)/\(team.enhet)/\(team.team)"
        add(team, [(.medarbetare, nil)])
        add(first { $0.teamId == team.teamId && $0.role == .teamledare }
            ?? first { $0.teamId == team.teamId && $0.id != team.id && $0.role != .chef },
            [(.teamledare, teamScope), (.medarbetare, nil)])
        add(first { $0.enhetId == team.enhetId && $0.role == .chef }, [(.enhetschef, "enhet:\(team.kommun)/\(team.enhet)")])
        add(first { $0.isGuide }, [(.vagledare, nil)])
        let supervisor = first { $0.supervisedTeam != nil && !used.contains($0.id) }
        add(supervisor, [(.handledare, supervisor?.supervisedTeam.map { "skuggningsteam:\($0)" })])
        add(first { $0.kommun == team.kommun && $0.role == .chef && !used.contains($0.id) }, [(.kompetensstrateg, "kommun:\(team.kommun)")])
        add(first { $0.kommun != team.kommun && $0.role == .chef }, [(.regionalSamordnare, nil)])
        add(first { $0.kommun != team.kommun && $0.role == .medarbetare }, [(.systemforvaltare, nil)])
        return plan
    }

    /// `förnamn.efternamn` in ASCII lower case (å ä → a, ö → o, é → e; other letters dropped).
    public static func loginName(_ name: String) -> String {
        let folded = name.lowercased().folding(options: [.diacriticInsensitive], locale: Locale(identifier: "sv_SE"))
        let words = folded.split(separator: " ").map { $0.filter { ("a"..."z").contains($0) || $0 == "-" } }.filter { !$0.isEmpty }
        return words.joined(separator: ".")
    }
}
