/// How bringing one kommun's database into a regional one treats each table: the one place
/// that says which rows come along, which are matched, and what every id column holds.
///
/// Every table of the schema is named here. A merge refuses a database with a table, or an
/// `id`/`…_id` column, that these rules do not know, so a later migration cannot be merged
/// half-way: whoever adds a table or a reference adds its rule here too.
enum MergePolicy {
    /// What happens to a table's rows.
    enum Treatment: Equatable, Sendable {
        /// The kommun's own rows: all come along, their ids moved past the target's. `anchor`
        /// is the column whose (mapped) id tells the rows a merge added: `id`, or the owner's id.
        case owned(anchor: String)
        /// A catalogue or setting every database has: a source row is matched to the target's
        /// row with the same `key` (ids mapped to it, nothing duplicated); a key the target
        /// lacks is added. The target's values win.
        case shared(key: [String])
        /// Rows the schema's triggers write while the others are added; replaced afterwards by
        /// the source's rows (mapped), as a whole copy does.
        case maintainedByTriggers(anchor: String)
        /// Not carried over: a person's passing choice or a marker of work in progress.
        case transient
    }

    /// What a column holding an id refers to.
    enum Reference: Equatable, Sendable {
        /// The ids of a table (a table keyed by another's id, such as `dialogue_guide`, is named by that table).
        case ids(of: String)
        /// `audit.entity_id`: the ids of the table its row's `entity` names (see `AuditRemapping`).
        case auditEntity
    }

    /// A table's treatment and the id columns other than its own `id`.
    struct Rule: Sendable {
        let treatment: Treatment
        let references: [String: Reference]

        init(_ treatment: Treatment, _ references: [String: Reference] = [:]) {
            self.treatment = treatment
            self.references = references
        }
    }

    /// A name that must be unique in the whole database; a kommun's database bringing one the
    /// target already has is refused.
    struct UniqueName: Sendable {
        let table: String
        /// The column compared (the lowercased NFC name, as the schema's UNIQUE compares it).
        let keyColumn: String
        /// The column shown in the refusal.
        let nameColumn: String
    }

    /// The names unique across the whole database (everything else is unique within its owner).
    static let uniqueNames = [
        UniqueName(table: "kommun", keyColumn: "name_key", nameColumn: "name"),
        UniqueName(table: "shadowing_team", keyColumn: "name_key", nameColumn: "name"),
    ]

    /// Every table of the schema.
    static let rules: [String: Rule] = {
        let owned = Treatment.owned(anchor: "id")
        func ids(_ table: String) -> Reference { .ids(of: table) }
        return [
            "kommun": Rule(owned),
            "enhet": Rule(owned, ["kommun_id": ids("kommun")]),
            "team": Rule(owned, ["enhet_id": ids("enhet")]),
            "medarbetare": Rule(owned, ["team_id": ids("team")]),
            "audit": Rule(owned, ["entity_id": .auditEntity, "person_id": ids("medarbetare")]),
            // Logins are the region's to give (its systemförvaltare grants them, and on a
            // server that makes the database roles): a kommun's file brings none along.
            "access_login": Rule(.transient),
            "access_grant": Rule(.transient),

            "workload_settings": Rule(.shared(key: ["id"])),
            "workload_case": Rule(owned, ["medarbetare_id": ids("medarbetare")]),
            "workload_rating": Rule(owned, ["case_id": ids("workload_case"), "medarbetare_id": ids("medarbetare")]),
            "workload_overall": Rule(owned, ["medarbetare_id": ids("medarbetare")]),
            "workload_decision": Rule(owned, ["case_id": ids("workload_case"), "to_medarbetare_id": ids("medarbetare")]),
            "timediary_entry": Rule(owned, ["medarbetare_id": ids("medarbetare")]),

            "dialogue_guide": Rule(.owned(anchor: "medarbetare_id"), ["medarbetare_id": ids("medarbetare")]),
            "dialogue_loop": Rule(owned, ["enhet_id": ids("enhet")]),
            "dialogue_theme_change": Rule(owned, ["loop_id": ids("dialogue_loop")]),
            "dialogue_loop_guide": Rule(.owned(anchor: "loop_id"), [
                "loop_id": ids("dialogue_loop"), "guide_id": ids("medarbetare"), "providing_kommun_id": ids("kommun")]),
            "dialogue_loop_staff": Rule(.owned(anchor: "loop_id"), [
                "loop_id": ids("dialogue_loop"), "medarbetare_id": ids("medarbetare")]),
            "dialogue_meeting": Rule(owned, [
                "loop_id": ids("dialogue_loop"), "guide1_id": ids("medarbetare"), "guide2_id": ids("medarbetare"),
                "chef_id": ids("medarbetare")]),
            "dialogue_question": Rule(owned, [
                "loop_id": ids("dialogue_loop"), "asked_meeting_id": ids("dialogue_meeting"),
                "answered_meeting_id": ids("dialogue_meeting")]),
            "dialogue_action": Rule(owned, ["loop_id": ids("dialogue_loop"), "meeting_id": ids("dialogue_meeting")]),
            "dialogue_target": Rule(.owned(anchor: "enhet_id"), ["enhet_id": ids("enhet")]),

            "shadowing_team": Rule(owned, ["kommun_id": ids("kommun"), "host_team_id": ids("team")]),
            "shadowing_supervisor": Rule(.owned(anchor: "team_id"), [
                "team_id": ids("shadowing_team"), "medarbetare_id": ids("medarbetare")]),
            "shadowing_participant": Rule(owned, ["team_id": ids("shadowing_team")]),
            "shadowing_step": Rule(.owned(anchor: "participant_id"), ["participant_id": ids("shadowing_participant")]),
            "shadowing_ladder_step": Rule(.owned(anchor: "participant_id"), ["participant_id": ids("shadowing_participant")]),
            "shadowing_employment": Rule(.owned(anchor: "participant_id"), [
                "participant_id": ids("shadowing_participant"), "medarbetare_id": ids("medarbetare")]),
            "shadowing_task": Rule(.shared(key: ["name_key"])),
            "shadowing_entry": Rule(owned, ["team_id": ids("shadowing_team"), "participant_id": ids("shadowing_participant"),
                                            "staff_id": ids("medarbetare")]),
            "shadowing_observation": Rule(owned, [
                "entry_id": ids("shadowing_entry"), "team_id": ids("shadowing_team"), "task_id": ids("shadowing_task")]),
            "shadowing_month_sum": Rule(.maintainedByTriggers(anchor: "team_id"), [
                "team_id": ids("shadowing_team"), "task_id": ids("shadowing_task")]),
            "shadowing_hypothesis": Rule(owned, ["team_id": ids("shadowing_team")]),
            "shadowing_hypothesis_link": Rule(.owned(anchor: "hypothesis_id"), [
                "hypothesis_id": ids("shadowing_hypothesis"), "entry_id": ids("shadowing_entry")]),
            "shadowing_hypothesis_event": Rule(owned, ["hypothesis_id": ids("shadowing_hypothesis")]),
            "shadowing_team_choice": Rule(.transient),
            "shadowing_supervisor_pool": Rule(.owned(anchor: "team_id"), [
                "team_id": ids("shadowing_team"), "medarbetare_id": ids("medarbetare")]),
            "shadowing_supervision": Rule(owned, [
                "team_id": ids("shadowing_team"), "participant_id": ids("shadowing_participant"), "medarbetare_id": ids("medarbetare")]),

            "competence_title": Rule(.shared(key: ["name_key"])),
            "competence_ladder_step": Rule(.shared(key: ["omrade", "step_no"])),
            "competence_mapping": Rule(.owned(anchor: "medarbetare_id"), [
                "medarbetare_id": ids("medarbetare"), "title_id": ids("competence_title")]),
            "competence_step_done": Rule(.owned(anchor: "medarbetare_id"), ["medarbetare_id": ids("medarbetare")]),
            "competence_plan": Rule(owned, ["medarbetare_id": ids("medarbetare")]),
            "competence_spreading": Rule(owned, ["medarbetare_id": ids("medarbetare"), "plan_id": ids("competence_plan")]),
            "competence_setting": Rule(.shared(key: ["key"])),

            "staff_month": Rule(.owned(anchor: "enhet_id"), ["enhet_id": ids("enhet")]),
            "staff_setting": Rule(.shared(key: ["key"])),

            "retention_setting": Rule(.shared(key: ["kind"])),
            "purge_in_progress": Rule(.transient),
        ]
    }()

    /// The rule of every table, in the given (parents-first) order.
    /// - Throws: `MergeRefusal.unclassified` for a table without a rule, an `id`/`…_id`
    ///   column the rule does not account for, or a column the rule names that is not there.
    static func rules(for tables: [StoredTable]) throws -> [(table: StoredTable, rule: Rule)] {
        try tables.map { table in
            guard let rule = rules[table.name] else { throw MergeRefusal.unclassified(table: table.name, column: nil) }
            if rule.treatment == .transient { return (table, rule) }
            let accounted = Set(rule.references.keys).union(accounts(for: rule.treatment))
            for column in table.columns where column == "id" || column.hasSuffix("_id") {
                guard accounted.contains(column) else { throw MergeRefusal.unclassified(table: table.name, column: column) }
            }
            for column in rule.references.keys where !table.columns.contains(column) {
                throw MergeRefusal.unclassified(table: table.name, column: column)
            }
            return (table, rule)
        }
    }

    /// The id columns a treatment itself accounts for (an owned table's own `id`, a shared table's key).
    private static func accounts(for treatment: Treatment) -> Set<String> {
        switch treatment {
        case .owned(let anchor), .maintainedByTriggers(let anchor): return [anchor]
        case .shared(let key): return Set(key).union(["id"])
        case .transient: return []
        }
    }
}
