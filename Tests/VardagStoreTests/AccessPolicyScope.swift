import VardagDomain
@testable import VardagStore

/// What one login may read and write, table by table, worked out by the test as the owner
/// from the roles' rules ("Vem ser vad" in the README), independently of the server's
/// policies: the ids of her scopes, then a condition on each table's rows.
struct AccessPolicyScope {
    /// The rows of one table a login reads and those she writes, as SQL conditions (`true`: all).
    struct Rule {
        var table: String
        var reads: String
        var writes: String
        /// The column set to itself to test a write (DELETE when nil: the table refuses updates by trigger).
        var column: String?
    }

    let login: String
    /// Whether she holds `systemforvaltare`: every row, read and written.
    let manages: Bool
    let rules: [Rule]

    /// The rules for `login`, from the owner's reading of the grants and the register.
    init(login: String, fixture: AccessPolicyFixture) throws {
        self.login = login
        func rows(_ sql: String) throws -> [Int64] {
            try fixture.ids(sql.replacingOccurrences(of: "$LOGIN", with: "'\(login)'"))
        }
        func ids(_ sql: String) throws -> String {
            let found = try rows(sql)
            return found.isEmpty ? "NULL" : found.map(String.init).joined(separator: ", ")
        }
        func grants(_ role: AccessRole, _ column: String) -> String {
            "SELECT \(column) FROM access_grant WHERE login = $LOGIN AND role = '\(role.rawValue)'"
        }
        manages = try !rows(grants(.systemforvaltare, "id")).isEmpty
        let person = try ids("SELECT medarbetare_id FROM access_login WHERE login = $LOGIN")
        let teams = try ids(grants(.teamledare, "team_id"))
        let units = try ids(grants(.enhetschef, "enhet_id"))
        let kommuner = try ids(grants(.kompetensstrateg, "kommun_id"))
        let shadowing = try ids(grants(.handledare, "shadowing_team_id"))
        let guides = try !rows(grants(.vagledare, "id")).isEmpty
        // The staff she leads: her teams' and her units' people.
        let led = try ids("""
            SELECT id FROM medarbetare WHERE team_id IN (\(teams)) OR team_id IN (SELECT id FROM team WHERE enhet_id IN (\(units)))
            """)
        let workload = "\(person), \(led)"
        let competence = try ids("""
            SELECT id FROM medarbetare WHERE id IN (\(workload))
               OR team_id IN (SELECT t.id FROM team t JOIN enhet e ON e.id = t.enhet_id WHERE e.kommun_id IN (\(kommuner)))
            """)
        let loops = try ids("""
            SELECT loop_id FROM dialogue_loop_guide WHERE \(guides) AND guide_id IN (\(person))
            UNION SELECT id FROM dialogue_loop WHERE enhet_id IN (\(units))
            """)
        let visible = try ids("""
            SELECT id FROM (
                SELECT unnest(ARRAY[\(person), \(competence)]::bigint[])
                UNION SELECT medarbetare_id FROM dialogue_guide
                UNION SELECT medarbetare_id FROM dialogue_loop_staff WHERE loop_id IN (\(loops))
                UNION SELECT guide_id FROM dialogue_loop_guide WHERE loop_id IN (\(loops))
                UNION SELECT medarbetare_id FROM shadowing_supervisor WHERE team_id IN (\(shadowing))
                UNION SELECT medarbetare_id FROM shadowing_supervisor_pool WHERE team_id IN (\(shadowing))
            ) AS s(id) WHERE id IS NOT NULL
            """)
        let cases = try ids("SELECT id FROM workload_case WHERE medarbetare_id IN (\(workload))")
        let ledCases = try ids("SELECT id FROM workload_case WHERE medarbetare_id IN (\(led))")
        let participants = try ids("SELECT id FROM shadowing_participant WHERE team_id IN (\(shadowing))")
        let hypotheses = try ids("SELECT id FROM shadowing_hypothesis WHERE team_id IN (\(shadowing))")
        let own = "'\(login)'"
        let holdsPool = try !rows(grants(.regionalSamordnare, "id")).isEmpty
        let holdsCompetence = !kommuner.isEmpty && kommuner != "NULL"
        let holdsShadowing = !shadowing.isEmpty && shadowing != "NULL"

        func rule(_ table: String, _ reads: String, _ writes: String, column: String? = "id") -> Rule {
            Rule(table: table, reads: reads, writes: writes, column: column)
        }
        var rules: [Rule] = []
        // The register's names and the settings: everyone reads, the systemförvaltare writes.
        for table in ["kommun", "enhet", "team", "shadowing_team"] { rules.append(rule(table, "true", "false")) }
        rules.append(rule("workload_settings", "true", "false"))
        rules.append(rule("competence_setting", "true", "false", column: "key"))
        rules.append(rule("retention_setting", "true", "false", column: "kind"))
        rules.append(rule("dialogue_target", "true", "enhet_id IN (\(units))", column: "year"))
        // The monthly staff figures: her units' (the enhetschef's); the threshold is a setting.
        rules.append(rule("staff_month", "enhet_id IN (\(units))", "enhet_id IN (\(units))", column: "month"))
        rules.append(rule("staff_setting", "true", "false", column: "key"))
        // Catalogues and the guide pool: everyone reads, their keeper writes.
        for table in ["competence_title", "competence_ladder_step"] { rules.append(rule(table, "true", "\(holdsCompetence)")) }
        rules.append(rule("shadowing_task", "true", "\(holdsShadowing)"))
        rules.append(rule("dialogue_guide", "true", "\(holdsPool)", column: "training_date"))
        // People and logins.
        rules.append(rule("medarbetare", "id IN (\(visible))", "false"))
        rules.append(rule("access_login", "login = \(own)", "false", column: "login"))
        rules.append(rule("access_grant", "login = \(own)", "false"))
        // Her own and her led staff's workload; decisions made by the leaders.
        for table in ["workload_case", "workload_rating", "workload_overall", "timediary_entry"] {
            rules.append(rule(table, "medarbetare_id IN (\(workload))", "medarbetare_id IN (\(workload))"))
        }
        rules.append(rule("workload_decision", "case_id IN (\(cases))", "case_id IN (\(ledCases))"))
        for table in ["competence_mapping", "competence_step_done", "competence_plan", "competence_spreading"] {
            rules.append(rule(table, "medarbetare_id IN (\(competence))", "medarbetare_id IN (\(competence))", column: "medarbetare_id"))
        }
        // Her slingor.
        rules.append(rule("dialogue_loop", "id IN (\(loops))", "id IN (\(loops))"))
        for table in ["dialogue_theme_change", "dialogue_loop_guide", "dialogue_loop_staff", "dialogue_meeting",
                      "dialogue_question", "dialogue_action"] {
            rules.append(rule(table, "loop_id IN (\(loops))", "loop_id IN (\(loops))", column: "loop_id"))
        }
        // Her skuggningsteam.
        for table in ["shadowing_participant", "shadowing_entry", "shadowing_hypothesis", "shadowing_month_sum"] {
            rules.append(rule(table, "team_id IN (\(shadowing))", "team_id IN (\(shadowing))", column: "team_id"))
        }
        rules.append(rule("shadowing_observation", "team_id IN (\(shadowing))", "team_id IN (\(shadowing))", column: nil))
        rules.append(rule("shadowing_supervisor", "team_id IN (\(shadowing))", "false", column: "team_id"))
        // Her skuggningsteam's pool of handledare and who supervises whom: hers to keep.
        rules.append(rule("shadowing_supervisor_pool", "team_id IN (\(shadowing))", "team_id IN (\(shadowing))", column: "places"))
        rules.append(rule("shadowing_supervision", "team_id IN (\(shadowing))", "team_id IN (\(shadowing))"))
        rules.append(rule("shadowing_step", "participant_id IN (\(participants))", "participant_id IN (\(participants))",
                          column: "participant_id"))
        rules.append(rule("shadowing_hypothesis_link", "hypothesis_id IN (\(hypotheses))", "hypothesis_id IN (\(hypotheses))",
                          column: "hypothesis_id"))
        rules.append(rule("shadowing_hypothesis_event", "hypothesis_id IN (\(hypotheses))", "hypothesis_id IN (\(hypotheses))",
                          column: "hypothesis_id"))
        // The audit: her own rows; nobody changes any (checked apart: the privilege is missing).
        rules.append(rule("audit", "\"user\" = \(own)", "false"))
        self.rules = manages ? rules.map { rule in
            var all = rule
            all.reads = "true"
            all.writes = rule.table == "audit" ? "false" : "true"
            return all
        } : rules
    }
}
