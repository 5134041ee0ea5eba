import VardagDomain

/// The audit rows about the rows one gallring step deletes or anonymises, whose old and new
/// values the purge takes out (each value becomes `(gallrad)`; the row keeps when, who, what
/// kind of change, the table, the row id and which fields changed).
///
/// A row is in scope when its `entity` is this scope's table and its `entity_id` is a row
/// past the cutoff (`condition`, which also matches rows a purge already anonymised, so
/// audit rows left by a purge before this rule are blanked too), or a row that no longer
/// exists and whose audit row is older than the cutoff (removed by the app itself long ago).
struct PurgeAuditScope {
    /// The value every blanked audit value gets.
    static let blank = PurgePlan.purgedText

    /// The audited table (`audit.entity`).
    var entity: String
    /// The table whose ids `audit.entity_id` holds (usually `entity`).
    var table: String
    /// The id column of `table`.
    var idColumn = "id"
    /// The WHERE clause over `table` that picks the rows past the cutoff.
    var condition: String
    /// The condition's arguments for a cutoff.
    var arguments: (LocalDate) -> StoreArguments = { [$0.iso] }

    /// True for an audit row that still holds a value other than `(gallrad)`.
    private static let holdsValues = """
        (EXISTS (SELECT 1 FROM json_each(audit.before_json) WHERE json_each.value IS NOT '\(blank)')
         OR EXISTS (SELECT 1 FROM json_each(audit.after_json) WHERE json_each.value IS NOT '\(blank)'))
        """

    /// The WHERE clause over `audit` with its arguments. Entity names and the cutoff are
    /// this program's own constants, written inline so that `?` and `?1` in `condition`
    /// keep their numbers.
    private func auditCondition(_ cutoff: LocalDate) -> (String, StoreArguments) {
        ("""
            audit.entity = '\(entity)' AND (
                audit.entity_id IN (SELECT \(idColumn) FROM \(table) WHERE \(condition))
                OR (audit.entity_id NOT IN (SELECT \(idColumn) FROM \(table)) AND audit.at < '\(cutoff.iso)'))
            AND \(Self.holdsValues)
            """, arguments(cutoff))
    }

    /// The number of audit rows that would be blanked.
    func count(_ db: any StoreConnection, _ cutoff: LocalDate) throws -> Int {
        let (condition, arguments) = auditCondition(cutoff)
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE \(condition)", arguments: arguments) ?? 0
    }

    /// Blanks the values of the audit rows in scope; only inside a purge (the audit
    /// table's trigger refuses it otherwise).
    /// - Returns: how many audit rows were blanked.
    func blankValues(_ db: any StoreConnection, _ cutoff: LocalDate) throws -> Int {
        let (condition, arguments) = auditCondition(cutoff)
        func blanked(_ column: String) -> String {
            "CASE WHEN \(column) IS NULL THEN NULL ELSE (SELECT json_group_object(key, '\(Self.blank)') FROM json_each(audit.\(column))) END"
        }
        try db.execute(sql: """
            UPDATE audit SET before_json = \(blanked("before_json")), after_json = \(blanked("after_json"))
            WHERE \(condition)
            """, arguments: arguments)
        return db.changesCount
    }

    /// The `name` values the audit rows in scope hold (before they are blanked), for
    /// finding the same names elsewhere.
    func auditedNames(_ db: any StoreConnection, _ cutoff: LocalDate) throws -> [String] {
        let (condition, arguments) = auditCondition(cutoff)
        var names: [String] = []
        for column in ["before_json", "after_json"] {
            names += try String.fetchAll(db, sql: """
                SELECT json_extract(\(column), '$.name') FROM audit
                WHERE \(condition) AND json_type(\(column), '$.name') = 'text'
                """, arguments: arguments)
        }
        return names
    }
}
