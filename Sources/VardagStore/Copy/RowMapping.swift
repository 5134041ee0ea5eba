/// How one table's rows have their ids renumbered for a merge, and numbered back for its check.
struct RowMapping {
    private let table: StoredTable
    /// Column index and the table whose ids it holds (the table's own `id` among them).
    private let idColumns: [(index: Int, space: String)]
    /// `audit`: the indexes of `entity`, `entity_id` and the two JSON columns.
    private let audit: (entity: Int, entityID: Int, json: [Int])?

    init(_ table: StoredTable, _ rule: MergePolicy.Rule) throws {
        self.table = table
        var idColumns: [(Int, String)] = []
        var audit: (Int, Int, [Int])?
        for (index, column) in table.columns.enumerated() {
            if column == "id", rule.treatment == .owned(anchor: "id") {
                idColumns.append((index, table.name))
            }
            switch rule.references[column] {
            case .ids(let space)?:
                idColumns.append((index, space))
            case .auditEntity?:
                guard let entity = table.columns.firstIndex(of: "entity") else {
                    throw MergeRefusal.unclassified(table: table.name, column: "entity")
                }
                let json = ["before_json", "after_json"].compactMap { table.columns.firstIndex(of: $0) }
                audit = (entity, index, json)
            case nil:
                break
            }
        }
        self.idColumns = idColumns
        self.audit = audit
    }

    /// A row with its ids mapped forward (source to target) or back (target to source).
    /// - Throws: `MergeRefusal.unmappable` for an id with no counterpart, `.unclassified`
    ///   for an audit entity or JSON id key the merge does not know.
    func apply(_ values: [StoreValue], maps: [String: IDMap], forward: Bool) throws -> [StoreValue] {
        func map(_ space: String, _ id: Int64) -> Int64? {
            guard let idMap = maps[space] else { return nil }
            return forward ? idMap.forward(id) : idMap.backward(id)
        }
        var out = values
        for (index, space) in idColumns {
            guard case .integer(let id) = values[index] else { continue }
            guard let mapped = map(space, id) else {
                throw MergeRefusal.unmappable(table: table.name, column: table.columns[index], id: id)
            }
            out[index] = .integer(mapped)
        }
        if let audit, case .text(let entity) = values[audit.entity] {
            guard let space = AuditRemapping.entityIDs[entity] else {
                throw MergeRefusal.unclassified(table: table.name, column: "entity \(entity)")
            }
            if let space, case .integer(let id) = values[audit.entityID] {
                out[audit.entityID] = .integer(map(space, id) ?? id)
            }
            for index in audit.json {
                guard case .text(let json) = values[index] else { continue }
                out[index] = try AuditRemapping.remap(json, entity: entity, map).map(StoreValue.text) ?? .null
            }
        }
        return out
    }
}
