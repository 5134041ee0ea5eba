import Foundation
import VardagDomain

/// Finds the person and the scope a grant names, as `vardag access` and the register screen write them.
///
/// Names compare as the register's UNIQUE does (`RegisterName.uniquenessKey`: case and
/// Unicode form ignored). A scope's name may carry its parents, separated by `/`
/// (`team:Vallby/Team Öst`, `team:Västerås/Vallby/Team Öst`, `enhet:Västerås/Vallby`), for
/// the names that are unique only within their parent.
enum AccessScopeLookup {
    /// The active medarbetare with this name.
    /// - Throws: `AccessFailure.unknownPerson` or `.ambiguousPerson`.
    static func person(_ db: any StoreConnection, named name: String) throws -> (id: Int64, name: String) {
        let rows = try StoreRow.fetchAll(db, sql: """
            SELECT m.id, m.name, k.name, e.name, t.name FROM medarbetare m
            JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
            WHERE m.active = 1 ORDER BY m.sort_key, m.id
            """).filter { RegisterName.uniquenessKey($0[1]) == RegisterName.uniquenessKey(name) }
        guard let first = rows.first else { throw AccessFailure.unknownPerson(name) }
        guard rows.count == 1 else {
            let choices: [String] = rows.map { row in
                let (person, kommun, enhet, team): (String, String, String, String) = (row[1], row[2], row[3], row[4])
                return "\(person) (\(kommun) › \(enhet) › \(team))"
            }
            throw AccessFailure.ambiguousPerson(name, choices: choices)
        }
        return (first[0], first[1])
    }

    /// The scope `KIND:NAME` names, checked against what the role needs.
    /// - Parameters:
    ///   - text: the scope as typed, or nil.
    ///   - role: the role it is for.
    /// - Returns: nil for a role that takes no scope.
    /// - Throws: `AccessFailure` (`scopeNeeded`, `scopeNotTaken`, `badScope`, `wrongScopeKind`,
    ///   `unknownScope`, `ambiguousScope`).
    static func scope(_ db: any StoreConnection, _ text: String?, for role: AccessRole) throws -> AccessScope? {
        guard let needed = role.scopeKind else {
            if let text, !text.trimmingCharacters(in: .whitespaces).isEmpty { throw AccessFailure.scopeNotTaken(role) }
            return nil
        }
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw AccessFailure.scopeNeeded(role, needed) }
        guard let colon = text.firstIndex(of: ":"),
              let kind = AccessScopeKind(rawValue: text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw AccessFailure.badScope(text)
        }
        guard kind == needed else { throw AccessFailure.wrongScopeKind(role, expected: needed) }
        let path = text[text.index(after: colon)...].split(separator: "/").map { RegisterName.uniquenessKey($0.trimmingCharacters(in: .whitespaces)) }
        guard !path.isEmpty, !path.contains("") else { throw AccessFailure.badScope(text) }
        let candidates = try StoreRow.fetchAll(db, sql: Self.candidatesSQL(kind)).map { row -> (id: Int64, names: [String]) in
            (row[0], (1..<row.count).map { row[$0] as String })
        }
        // Match the path against the end of each candidate's kommun/…/name chain.
        let matches = candidates.filter { candidate in
            let keys = candidate.names.map(RegisterName.uniquenessKey)
            return path.count <= keys.count && Array(keys.suffix(path.count)) == path
        }
        guard let match = matches.first else { throw AccessFailure.unknownScope(text) }
        guard matches.count == 1 else {
            throw AccessFailure.ambiguousScope(text, choices: matches.map { "\(kind.rawValue):\($0.names.joined(separator: "/"))" })
        }
        return AccessScope(kind: kind, id: match.id, name: match.names.suffix(kind == .team ? 2 : 1).joined(separator: "/"))
    }

    /// The rows of a kind with their chain of names, outermost first (a team: kommun, enhet, team).
    private static func candidatesSQL(_ kind: AccessScopeKind) -> String {
        switch kind {
        case .kommun: return "SELECT id, name FROM kommun ORDER BY sort_key, id"
        case .enhet: return "SELECT e.id, k.name, e.name FROM enhet e JOIN kommun k ON k.id = e.kommun_id ORDER BY k.sort_key, e.sort_key, e.id"
        case .team:
            return """
                SELECT t.id, k.name, e.name, t.name FROM team t JOIN enhet e ON e.id = t.enhet_id
                JOIN kommun k ON k.id = e.kommun_id ORDER BY k.sort_key, e.sort_key, t.sort_key, t.id
                """
        case .skuggningsteam: return "SELECT s.id, k.name, s.name FROM shadowing_team s JOIN kommun k ON k.id = s.kommun_id ORDER BY s.name_key, s.id"
        }
    }
}
