import VardagDomain

/// The exchange ledger's write: the hours each of a slinga's two vägledare gave to it, in one
/// transaction with an audit row per changed guide (on the slinga, as its other guide
/// changes are).
extension AppDatabase {
    /// Records the hours the slinga's guides gave to it, or clears them.
    /// - Parameters:
    ///   - loopId: the slinga.
    ///   - first: guide 1's hours, e.g. "7,5"; empty for not recorded.
    ///   - second: guide 2's hours.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (`.hours`, `.hours2`: numberOutOfRange).
    public func recordGuideHours(loopId: Int64, first: String, second: String) throws {
        try writer.write { db in
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT position, guide_id, minutes FROM dialogue_loop_guide WHERE loop_id = ? ORDER BY position
                """, arguments: [loopId])
            guard !rows.isEmpty else { throw StoreError.notFound(entity: "dialogue_loop", id: loopId) }
            var errors: [DialogueField: DialogueError] = [:]
            var wanted: [Int: Int?] = [:]
            for (position, field, text) in [(1, DialogueField.hours, first), (2, .hours2, second)] {
                switch GuideHours.parse(text) {
                case .failure(let error): errors[field] = error
                case .success(let minutes): wanted[position] = minutes
                }
            }
            try DialogueFailure.require(errors)
            for row in rows {
                let position: Int = row[0]
                let guideId: Int64 = row[1]
                let old: Int64? = row[2]
                guard let minutes = wanted[position], old.map(Int.init) != minutes else { continue }
                try db.execute(sql: "UPDATE dialogue_loop_guide SET minutes = ? WHERE loop_id = ? AND position = ?",
                               arguments: [minutes, loopId, position])
                try self.recordAudit(db, .update, entity: "dialogue_loop", entityId: loopId,
                                     // The guide only after: an unchanged key would be dropped from both.
                                     before: ["minutes": old.map { .integer($0) } ?? .null],
                                     after: ["guide_id": .integer(guideId), "minutes": minutes.map { .integer(Int64($0)) } ?? .null])
            }
        }
    }
}
