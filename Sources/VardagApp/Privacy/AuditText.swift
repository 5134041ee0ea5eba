import VardagDomain
import VardagStore

/// The audit trail in words: tables, fields and values as a person reads them.
///
/// The trail stores table and column names and raw values (`workload_rating`,
/// `medarbetare_id: 12`, `judgement: med_stod`); the viewer shows "Skattning",
/// "medarbetare: Åsa Öberg (12)", "bedömning: med stöd". Unknown names fall back to the
/// code with spaces, so nothing is hidden.
enum AuditText {
    /// Names of people, teams, units and kommuner that audit rows refer to by id.
    struct Names: Sendable {
        var medarbetare: [Int64: String] = [:]
        var team: [Int64: String] = [:]
        var enhet: [Int64: String] = [:]
        var kommun: [Int64: String] = [:]

        /// Looks up the names the given entries refer to (a screenful at a time).
        /// - Throws: a failed read (a removed row is no failure: its name stays unknown).
        static func load(for entries: [AuditEntry], from store: AppDatabase) throws -> Names {
            var names = Names()
            for entry in entries {
                for values in [entry.before, entry.after].compactMap({ $0 }) {
                    for (key, value) in values {
                        guard case .integer(let id) = value, let kind = AuditText.reference(entity: entry.entity, key: key) else { continue }
                        switch kind {
                        case .medarbetare where names.medarbetare[id] == nil:
                            names.medarbetare[id] = try store.medarbetare(id: id)?.name
                        case .team where names.team[id] == nil: names.team[id] = try store.team(id: id)?.name
                        case .enhet where names.enhet[id] == nil: names.enhet[id] = try store.enhet(id: id)?.name
                        case .kommun where names.kommun[id] == nil: names.kommun[id] = try store.kommun(id: id)?.name
                        default: break
                        }
                    }
                }
            }
            return names
        }
    }

    /// What kind of register row an id field refers to.
    enum Reference { case medarbetare, team, enhet, kommun }

    /// The register row an audit field refers to, or nil for other fields.
    static func reference(entity: String, key: String) -> Reference? {
        switch key {
        case "medarbetare_id", "guide1_id", "guide2_id": return .medarbetare
        case "team_id" where entity != "shadowing_participant" && entity != "shadowing_supervisor_pool", "host_team_id": return .team
        case "enhet_id": return .enhet
        case "kommun_id": return .kommun
        default: return nil
        }
    }

    /// The table in words: "Skattning (Fyrfältaren)".
    static func entity(_ code: String, _ s: Strings) -> String {
        let key = "audit.entity.\(code)"
        let text = s[key]
        return text == key ? code.replacingOccurrences(of: "_", with: " ") : text
    }

    /// The field in words: "svårighet".
    static func field(_ code: String, _ s: Strings) -> String {
        let key = "audit.field.\(code)"
        let text = s[key]
        return text == key ? code.replacingOccurrences(of: "_", with: " ") : text
    }

    /// The value in words: yes/no, a name for an id, a word for a code.
    static func value(_ value: AuditValue, entity: String, key: String, names: Names, _ s: Strings) -> String {
        switch value {
        case .null: return "–"
        case .bool(let flag): return s[flag ? "audit.value.yes" : "audit.value.no"]
        case .integer(let id):
            guard let reference = reference(entity: entity, key: key) else { return String(id) }
            let name: String?
            switch reference {
            case .medarbetare: name = names.medarbetare[id]
            case .team: name = names.team[id]
            case .enhet: name = names.enhet[id]
            case .kommun: name = names.kommun[id]
            }
            return name.map { "\($0) (\(id))" } ?? String(id)
        case .text(let text):
            return code(text, entity: entity, key: key, s) ?? text
        }
    }

    /// A stored code in words, for the fields that hold one.
    private static func code(_ text: String, entity: String, key: String, _ s: Strings) -> String? {
        switch (entity, key) {
        case ("medarbetare", "role"): return MedarbetarRoll(rawValue: text).map { RegisterText.role($0, s) }
        case ("enhet", "omrade"): return Verksamhetsomrade(rawValue: text).map { RegisterText.omrade($0, s) }
        case (_, "judgement"), (_, "default_judgement"): return TransferJudgement(rawValue: text).map { ShadowingText.judgement($0, s) }
        case ("shadowing_entry", "role"): return ShadowedRole(rawValue: text).map { ShadowingText.role($0, s) }
        case ("shadowing_task", "category"): return ShadowingCategory(rawValue: text).map { ShadowingText.category($0, s) }
        case ("shadowing_hypothesis", "status"): return HypothesisStatus(rawValue: text).map { ShadowingText.status($0, s) }
        case ("timediary_entry", "category"): return TimeCategory(rawValue: text).map { WorkloadText.category($0, s) }
        case ("workload_case", "case_type"): return CaseType(rawValue: text).map { WorkloadText.caseType($0, s) }
        case ("workload_decision", "kind"): return DecisionKind(rawValue: text).map { WorkloadText.decision($0, s) }
        case ("dialogue_meeting", "kind"): return TraffTyp(rawValue: text).map { DialogueText.traff($0, s) }
        case ("dialogue_question", "from_group"): return DialogueGroup(rawValue: text).map { DialogueText.group($0, s) }
        case ("dialogue_loop", "theme_chosen_by"): return ThemeChooser(rawValue: text).map { DialogueText.chooser($0, s) }
        case ("dialogue_action", "status"): return ActionStatus(rawValue: text).map { DialogueText.status($0, s) }
        case ("competence_mapping", "education_kind"): return EducationKind(rawValue: text).map { CompetenceText.education($0, s) }
        default: return nil
        }
    }
}
