import Foundation
import VardagDomain

/// A hypothesis's notes and status history: written with their hypothesis's changes, each
/// in the change's transaction with its audit row, and read per team for the hypotheses tab.
extension AppDatabase {
    /// Adds a dated note to a hypothesis, written by the current user.
    /// - Returns: the note as stored.
    /// - Throws: `ShadowingValidationFailure` (`.note`), `StoreError.notFound`.
    @discardableResult
    public func addHypothesisNote(hypothesisId: Int64, text: String) throws -> HypothesisEvent {
        try writer.write { db in try self.insertHypothesisNote(db, hypothesisId: hypothesisId, text: text) }
    }

    @_spi(Seeding) @discardableResult
    public func insertHypothesisNote(_ db: any StoreConnection, hypothesisId: Int64, text: String) throws -> HypothesisEvent {
        guard try Self.hypothesis(db, id: hypothesisId) != nil else {
            throw StoreError.notFound(entity: "shadowing_hypothesis", id: hypothesisId)
        }
        let note = try ShadowingRules.validateNote(text)
        let event = try insertHypothesisEvent(db, hypothesisId: hypothesisId, kind: .note, from: nil, to: nil, text: note)
        try recordAudit(db, .update, entity: "shadowing_hypothesis", entityId: hypothesisId, before: [:], after: ["note": .text(note)])
        return event
    }

    /// Writes one line of a hypothesis's history, by the current user, now; inside the caller's transaction.
    @discardableResult
    func insertHypothesisEvent(_ db: any StoreConnection, hypothesisId: Int64, kind: HypothesisEvent.Kind,
                               from old: HypothesisStatus?, to new: HypothesisStatus?, text: String) throws -> HypothesisEvent {
        let at = Self.timestamp(now())
        try db.cachedStatement(sql: """
            INSERT INTO shadowing_hypothesis_event (hypothesis_id, kind, old_status, new_status, text, written_by, at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [hypothesisId, kind.rawValue, old?.rawValue, new?.rawValue, text, user, at])
        return HypothesisEvent(id: try db.lastInsertedRowID(), hypothesisId: hypothesisId, kind: kind, oldStatus: old, newStatus: new,
                               text: text, writtenBy: user, at: at)
    }

    /// One hypothesis's notes and status changes, oldest first.
    public func hypothesisEvents(hypothesisId: Int64) throws -> [HypothesisEvent] {
        try writer.read { db in
            try Self.hypothesisEvents(db, where: "e.hypothesis_id = ?", arguments: [hypothesisId])
        }
    }

    /// The notes and status changes of all a team's hypotheses, oldest first, by hypothesis id.
    public func hypothesisEvents(teamId: Int64) throws -> [Int64: [HypothesisEvent]] {
        try writer.read { db in
            Dictionary(grouping: try Self.hypothesisEvents(
                db, where: "e.hypothesis_id IN (SELECT h.id FROM shadowing_hypothesis h WHERE h.team_id = ?)", arguments: [teamId]),
                       by: \.hypothesisId)
        }
    }

    private static func hypothesisEvents(_ db: any StoreConnection, where condition: String, arguments: StoreArguments) throws -> [HypothesisEvent] {
        try StoreRow.fetchAll(db, sql: """
            SELECT e.id, e.hypothesis_id, e.kind, e.old_status, e.new_status, e.text, e.written_by, e.at
            FROM shadowing_hypothesis_event e WHERE \(condition) ORDER BY e.hypothesis_id, e.id
            """, arguments: arguments).map { r in
            HypothesisEvent(id: r[0], hypothesisId: r[1], kind: HypothesisEvent.Kind(rawValue: r[2]) ?? .note,
                            oldStatus: (r[3] as String?).flatMap(HypothesisStatus.init(rawValue:)),
                            newStatus: (r[4] as String?).flatMap(HypothesisStatus.init(rawValue:)),
                            text: r[5], writtenBy: r[6], at: r[7])
        }
    }
}
