import VardagDomain

/// The gallring steps, one per kind and target: how to count what is past its cutoff and
/// how to delete or anonymise it. Steps for a tool whose tables are missing are left out.
///
/// Each step's count and apply use the same WHERE clause, so a dry run reports what a real
/// run would do to the data as it stands. (A real run goes step by step: cases and staff
/// whose last workload rows go in the same run are only counted by it; and the dry run's
/// `names.elsewhere` also counts the person's own audit rows, which the real run has
/// already blanked by then.) Anonymising is idempotent: rows already anonymised are not
/// counted again.
///
/// A step also names the audit rows about its rows (`audit`), whose values the purge blanks
/// before the step changes anything, and, for people, the names it anonymises (`names`),
/// which the purge then takes out of every other audit row and free text.
struct PurgePlan {
    /// One counted effect.
    struct Step {
        var kind: RetentionKind
        var target: String
        var effect: String
        /// Counts the rows past the cutoff.
        var count: (any StoreConnection, LocalDate) throws -> Int
        /// Deletes or anonymises them; returns how many.
        var apply: (any StoreConnection, LocalDate) throws -> Int
        /// The audit rows about these rows, whose values go too.
        var audit: [PurgeAuditScope] = []
        /// The names this step anonymises (current and audited), read before it runs.
        var names: ((any StoreConnection, LocalDate) throws -> [String])?
        /// The label anonymised names start with (never itself a name to look for).
        var labelPrefix = ""
    }

    /// The text that replaces anonymised free text whose column must not be empty.
    static let purgedText = "(gallrad)"

    /// The steps that apply to this database.
    static func steps(_ db: any StoreConnection) throws -> [Step] {
        var steps: [Step] = []
        if try db.tableExists("workload_rating") { steps += workload }
        if try db.tableExists("dialogue_loop") { steps += dialogue }
        if try db.tableExists("shadowing_entry") { steps += shadowing }
        if try db.tableExists("competence_plan") { steps += competence(spreading: try db.tableExists("competence_spreading")) }
        steps += try staff(db)
        steps.append(sqlStep(.audit, "audit", "deleted", from: "audit", where: "at < ?", change: "DELETE FROM audit WHERE at < ?", audit: []))
        return steps
    }

    /// Runs (or, in a dry run, counts) every step, kind by kind. After a kind's steps come
    /// two lines of its own: `audit.values`, the audit rows whose values were blanked, and,
    /// for kinds that anonymise people, `names.elsewhere`, the other audit rows and texts
    /// their names were taken out of. The audit rows about a step's rows are blanked before
    /// the step changes them, while they can still be found.
    /// - Parameters:
    ///   - db: a connection; a write transaction with `purge_in_progress` set unless `dryRun`.
    ///   - cutoffs: each kind's cutoff.
    ///   - dryRun: count only.
    /// - Returns: the report's lines.
    static func run(_ db: any StoreConnection, cutoffs: [RetentionKind: LocalDate], dryRun: Bool) throws -> [PurgeReport.Line] {
        let all = try steps(db)
        var lines: [PurgeReport.Line] = []
        for kind in RetentionKind.allCases {
            let cutoff = cutoffs[kind]!
            let kindSteps = all.filter { $0.kind == kind }
            var blanked = 0
            var forgotten = ForgottenNames()
            for step in kindSteps {
                if let names = step.names {
                    forgotten.add(try names(db, cutoff), except: step.labelPrefix)
                    for scope in step.audit { forgotten.add(try scope.auditedNames(db, cutoff), except: step.labelPrefix) }
                }
                for scope in step.audit {
                    blanked += dryRun ? try scope.count(db, cutoff) : try scope.blankValues(db, cutoff)
                }
                let count = dryRun ? try step.count(db, cutoff) : try step.apply(db, cutoff)
                lines.append(PurgeReport.Line(kind: kind, cutoff: cutoff, target: step.target, effect: step.effect, count: count))
            }
            if kindSteps.contains(where: { !$0.audit.isEmpty }) {
                lines.append(PurgeReport.Line(kind: kind, cutoff: cutoff, target: "audit.values", effect: "anonymised", count: blanked))
            }
            if kindSteps.contains(where: { $0.names != nil }) {
                lines.append(PurgeReport.Line(kind: kind, cutoff: cutoff, target: "names.elsewhere", effect: "anonymised",
                                              count: try forgotten.remove(db, write: !dryRun)))
            }
        }
        return lines
    }

    /// A step made of a counting WHERE clause and a change statement with the same one argument (the cutoff).
    private static func sqlStep(_ kind: RetentionKind, _ target: String, _ effect: String,
                                from table: String, where condition: String, change: String,
                                audit: [PurgeAuditScope]) -> Step {
        Step(kind: kind, target: target, effect: effect,
             count: { db, cutoff in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(condition)", arguments: [cutoff.iso]) ?? 0 },
             apply: { db, cutoff in try db.execute(sql: change, arguments: [cutoff.iso]); return db.changesCount },
             audit: audit)
    }

    /// SQL that is true when `column` starts (or, with `does` false, does not start) with
    /// `prefix`: `substr` counts characters on both backends and has no wildcards, where
    /// `LIKE` ignores case only on SQLite.
    private static func startsWith(_ column: String, _ prefix: String, _ does: Bool = true) -> String {
        "substr(\(column), 1, \(prefix.count)) \(does ? "=" : "<>") '\(prefix)'"
    }

    /// Workload ratings, overall ratings, decisions and time diaries of periods before the
    /// cutoff are deleted; then cases left without ratings or decisions and unchanged since
    /// the cutoff. A period is old when its week (`2024-W47`) or month (`2024-11`) is before
    /// the cutoff's.
    private static var workload: [Step] {
        let oldPeriod = "((substr(period, 5, 2) = '-W' AND period < ?) OR (substr(period, 5, 2) <> '-W' AND period < ?))"
        func periodArguments(_ cutoff: LocalDate) -> StoreArguments {
            [IsoWeek(containing: cutoff).description, String(cutoff.iso.prefix(7))]
        }
        func periodStep(_ table: String) -> Step {
            Step(kind: .workload, target: table, effect: "deleted",
                 count: { db, cutoff in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(oldPeriod)", arguments: periodArguments(cutoff)) ?? 0 },
                 apply: { db, cutoff in try db.execute(sql: "DELETE FROM \(table) WHERE \(oldPeriod)", arguments: periodArguments(cutoff)); return db.changesCount },
                 audit: [PurgeAuditScope(entity: table, table: table, condition: oldPeriod, arguments: periodArguments)])
        }
        let emptyCase = """
            NOT EXISTS (SELECT 1 FROM workload_rating r WHERE r.case_id = workload_case.id)
            AND NOT EXISTS (SELECT 1 FROM workload_decision d WHERE d.case_id = workload_case.id)
            AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity = 'workload_case' AND a.entity_id = workload_case.id AND a.at >= ?)
            """
        return [
            periodStep("workload_rating"), periodStep("workload_overall"), periodStep("workload_decision"),
            sqlStep(.workload, "timediary_entry", "deleted", from: "timediary_entry",
                    where: "day < ?", change: "DELETE FROM timediary_entry WHERE day < ?",
                    audit: [PurgeAuditScope(entity: "timediary_entry", table: "timediary_entry", condition: "day < ?")]),
            sqlStep(.workload, "workload_case", "deleted", from: "workload_case",
                    where: emptyCase, change: "DELETE FROM workload_case WHERE \(emptyCase)",
                    audit: [PurgeAuditScope(entity: "workload_case", table: "workload_case", condition: emptyCase)]),
        ]
    }

    /// Loops finished before the cutoff keep their counts; their texts are replaced.
    private static var dialogue: [Step] {
        let oldLoop = "loop_id IN (SELECT id FROM dialogue_loop WHERE finished_on < ?)"
        let gone = "'\(purgedText)'"
        func scope(_ table: String) -> [PurgeAuditScope] {
            [PurgeAuditScope(entity: table, table: table, condition: oldLoop)]
        }
        return [
            sqlStep(.dialogue, "dialogue_question", "anonymised", from: "dialogue_question",
                    where: "\(oldLoop) AND text != \(gone)",
                    change: "UPDATE dialogue_question SET text = \(gone), answer = CASE WHEN answer IS NULL THEN NULL ELSE \(gone) END WHERE \(oldLoop) AND text != \(gone)",
                    audit: scope("dialogue_question")),
            sqlStep(.dialogue, "dialogue_meeting.notes", "anonymised", from: "dialogue_meeting",
                    where: "\(oldLoop) AND notes != ''",
                    change: "UPDATE dialogue_meeting SET notes = '' WHERE \(oldLoop) AND notes != ''",
                    audit: scope("dialogue_meeting")),
            sqlStep(.dialogue, "dialogue_action", "anonymised", from: "dialogue_action",
                    where: "\(oldLoop) AND what != \(gone)",
                    change: "UPDATE dialogue_action SET what = \(gone), responsible = \(gone) WHERE \(oldLoop) AND what != \(gone)",
                    audit: scope("dialogue_action")),
            sqlStep(.dialogue, "dialogue_theme_change.reason", "anonymised", from: "dialogue_theme_change",
                    where: "\(oldLoop) AND reason != ''",
                    change: "UPDATE dialogue_theme_change SET reason = '' WHERE \(oldLoop) AND reason != ''",
                    // A theme change's reason is recorded on the loop's own audit rows.
                    audit: [PurgeAuditScope(entity: "dialogue_loop", table: "dialogue_loop", condition: "finished_on < ?")]),
        ]
    }

    /// Plans finished or cancelled before the cutoff are deleted; so are the mapping, steps
    /// plans and spreading activities of inactive medarbetare unchanged since the cutoff.
    private static func competence(spreading: Bool) -> [Step] {
        let gonePerson = """
            medarbetare_id IN (SELECT m.id FROM medarbetare m WHERE m.active = 0
                AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity = 'medarbetare' AND a.entity_id = m.id AND a.at >= ?1)
                AND NOT EXISTS (SELECT 1 FROM audit a WHERE substr(a.entity, 1, 10) = 'competence' AND a.entity_id = m.id AND a.at >= ?1))
            """
        let oldPlan = "(status IN ('klar', 'avbruten') AND target_date < ?1) OR \(gonePerson)"
        // Spreading first: a plan item deleted below would otherwise leave its activity unlinked.
        let goneSpreading = !spreading ? [] : [
            sqlStep(.competence, "competence_spreading", "deleted", from: "competence_spreading",
                    where: gonePerson, change: "DELETE FROM competence_spreading WHERE \(gonePerson)",
                    audit: [PurgeAuditScope(entity: "competence_spreading", table: "competence_spreading", condition: gonePerson)]),
        ]
        return goneSpreading + [
            sqlStep(.competence, "competence_plan", "deleted", from: "competence_plan",
                    where: oldPlan, change: "DELETE FROM competence_plan WHERE \(oldPlan)",
                    audit: [PurgeAuditScope(entity: "competence_plan", table: "competence_plan", condition: oldPlan)]),
            sqlStep(.competence, "competence_mapping", "deleted", from: "competence_mapping",
                    where: gonePerson, change: "DELETE FROM competence_mapping WHERE \(gonePerson)",
                    audit: [PurgeAuditScope(entity: "competence_mapping", table: "competence_mapping",
                                            idColumn: "medarbetare_id", condition: gonePerson)]),
        ]
    }

    /// Lärdomar of old days are blanked; participants who left long ago lose their names.
    private static var shadowing: [Step] {
        let prefix = "Borttagen deltagare #"
        let oldParticipant = "left_on < ? AND \(startsWith("name", prefix, false))"
        return [
            sqlStep(.shadowing, "shadowing_entry.lessons", "anonymised", from: "shadowing_entry",
                    where: "date < ? AND lessons != ''",
                    change: "UPDATE shadowing_entry SET lessons = '' WHERE date < ? AND lessons != ''",
                    audit: [PurgeAuditScope(entity: "shadowing_entry", table: "shadowing_entry", condition: "date < ?")]),
            Step(kind: .shadowing, target: "shadowing_participant.name", effect: "anonymised",
                 count: { db, cutoff in
                     try Int.fetchOne(db, sql: "SELECT count(*) FROM shadowing_participant WHERE \(oldParticipant)", arguments: [cutoff.iso]) ?? 0
                 },
                 apply: { db, cutoff in
                     let ids = try Int64.fetchAll(db, sql: "SELECT id FROM shadowing_participant WHERE \(oldParticipant)", arguments: [cutoff.iso])
                     for id in ids {
                         let name = "\(prefix)\(id)"
                         try db.execute(sql: "UPDATE shadowing_participant SET name = ?, sort_key = ? WHERE id = ?",
                                        arguments: [name, RegisterName.swedishSortKey(name), id])
                     }
                     return ids.count
                 },
                 // Everyone who left before the cutoff, also those a purge already anonymised.
                 audit: [PurgeAuditScope(entity: "shadowing_participant", table: "shadowing_participant", condition: "left_on < ?")],
                 names: { db, cutoff in
                     try String.fetchAll(db, sql: "SELECT name FROM shadowing_participant WHERE \(oldParticipant)", arguments: [cutoff.iso])
                 },
                 labelPrefix: prefix),
        ]
    }

    /// Inactive medarbetare whose last recorded change is older than the cutoff, and whose
    /// workload data is gone, lose their names ("Borttagen medarbetare #id"). A dry run counts
    /// before the workload rows of the same run are deleted, so it may count fewer people.
    private static func staff(_ db: any StoreConnection) throws -> [Step] {
        let prefix = "Borttagen medarbetare #"
        var old = """
            active = 0 AND \(startsWith("name", prefix, false))
            AND NOT EXISTS (SELECT 1 FROM audit WHERE audit.entity = 'medarbetare' AND audit.entity_id = medarbetare.id AND audit.at >= ?)
            """
        for table in ["workload_case", "workload_rating", "workload_overall", "timediary_entry",
                      "competence_mapping", "competence_plan", "competence_spreading"] where try db.tableExists(table) {
            old += " AND NOT EXISTS (SELECT 1 FROM \(table) t WHERE t.medarbetare_id = medarbetare.id)"
        }
        // The people anonymised now or by an earlier purge (whose audit rows may still hold their names).
        let anonymised = "(active = 0 AND \(startsWith("name", prefix))) OR (\(old))"
        return [
            Step(kind: .staff, target: "medarbetare.name", effect: "anonymised",
                 count: { db, cutoff in
                     try Int.fetchOne(db, sql: "SELECT count(*) FROM medarbetare WHERE \(old)", arguments: [cutoff.iso]) ?? 0
                 },
                 apply: { db, cutoff in
                     let rows = try StoreRow.fetchAll(db, sql: "SELECT id, title FROM medarbetare WHERE \(old)", arguments: [cutoff.iso])
                     for row in rows {
                         let id: Int64 = row["id"]
                         let name = "\(prefix)\(id)"
                         try db.execute(sql: "UPDATE medarbetare SET name = ?, sort_key = ?, search_key = ? WHERE id = ?",
                                        arguments: [name, RegisterName.swedishSortKey(name),
                                                    MedarbetareRecord.searchKey(name: name, title: row["title"]), id])
                     }
                     return rows.count
                 },
                 audit: [PurgeAuditScope(entity: "medarbetare", table: "medarbetare", condition: anonymised)],
                 names: { db, cutoff in
                     try String.fetchAll(db, sql: "SELECT name FROM medarbetare WHERE \(old)", arguments: [cutoff.iso])
                 },
                 labelPrefix: prefix),
        ]
    }
}
