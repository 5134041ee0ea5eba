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

    /// The WHERE clause over `audit` with its arguments. Entity names and the cutoff are
    /// this program's own constants, written inline so that `?` and `?1` in `condition`
    /// keep their numbers.
    private func auditCondition(_ cutoff: LocalDate, _ dialect: SQLDialect) -> (String, StoreArguments) {
        // True for an audit row that still holds a value other than `(gallrad)`.
        let values = dialect.auditValues
        let holdsValues = "(\(values.holdsValue(otherThan: Self.blank, in: "before_json")) OR \(values.holdsValue(otherThan: Self.blank, in: "after_json")))"
        return ("""
            audit.entity = '\(entity)' AND (
                audit.entity_id IN (SELECT \(idColumn) FROM \(table) WHERE \(condition))
                OR (audit.entity_id NOT IN (SELECT \(idColumn) FROM \(table)) AND audit.at < '\(cutoff.iso)'))
            AND \(holdsValues)
            """, arguments(cutoff))
    }

    /// The number of audit rows that would be blanked.
    func count(_ db: any StoreConnection, _ cutoff: LocalDate) throws -> Int {
        let (condition, arguments) = auditCondition(cutoff, db.dialect)
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE \(condition)", arguments: arguments) ?? 0
    }

    /// Blanks the values of the audit rows in scope; only inside a purge (the audit
    /// table's trigger refuses it otherwise).
    /// - Returns: how many audit rows were blanked.
    func blankValues(_ db: any StoreConnection, _ cutoff: LocalDate) throws -> Int {
        let (condition, arguments) = auditCondition(cutoff, db.dialect)
        func blanked(_ column: String) -> String { db.dialect.auditValues.blanked(column, to: Self.blank) }
        try db.execute(sql: """
            UPDATE audit SET before_json = \(blanked("before_json")), after_json = \(blanked("after_json"))
            WHERE \(condition)
            """, arguments: arguments)
        return db.changesCount
    }

    /// The `name` values the audit rows in scope hold (before they are blanked), for
    /// finding the same names elsewhere.
    func auditedNames(_ db: any StoreConnection, _ cutoff: LocalDate) throws -> [String] {
        let (condition, arguments) = auditCondition(cutoff, db.dialect)
        var names: [String] = []
        for column in ["before_json", "after_json"] {
            let name = db.dialect.auditValues.name(in: column)
            names += try String.fetchAll(db, sql: """
                SELECT \(name.value) FROM audit WHERE \(condition) AND \(name.isText)
                """, arguments: arguments)
        }
        return names
    }
}
