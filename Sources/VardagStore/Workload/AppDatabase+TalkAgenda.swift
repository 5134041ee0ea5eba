import VardagDomain

extension AppDatabase {
    /// The agenda of a team's next talk: every case whose latest decision is still open in
    /// `period`.
    ///
    /// The worker is the one who had the case when it was decided (omfördela hands the case
    /// on at once). Open means: prioritera on a case rated in the period; kan vänta (any, with its review
    /// date); omfördela decided in the period (the colleague gets it from the next one);
    /// avsluta decided in the period. Ordered by kind in that order, then review date,
    /// worker and reference.
    /// - Parameters:
    ///   - teamId: the team (the case owner's team).
    ///   - period: the period of the talk.
    /// - Returns: the open decisions.
    /// - Throws: store errors.
    public func talkAgenda(teamId: Int64, period: WorkloadPeriod) throws -> [AgendaItem] {
        let shown = period.description
        return try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT c.id, c.reference, m.id AS m_id, m.name, d.kind, d.period, d.review_date,
                       d.to_medarbetare_id, o.name AS to_name, d.note, d.decided_by, d.decided_at
                FROM workload_case c
                JOIN workload_decision d ON d.id = (SELECT max(id) FROM workload_decision WHERE case_id = c.id)
                JOIN medarbetare m ON m.id = COALESCE(
                    (SELECT r.medarbetare_id FROM workload_rating r WHERE r.case_id = c.id AND r.period = d.period),
                    c.medarbetare_id)
                LEFT JOIN medarbetare o ON o.id = d.to_medarbetare_id
                WHERE m.team_id = ? AND (
                    d.kind = 'kan_vanta'
                    OR (d.kind = 'prioritera' AND EXISTS (
                        SELECT 1 FROM workload_rating r WHERE r.case_id = c.id AND r.period = ?))
                    OR (d.kind IN ('omfordela', 'avsluta') AND d.period = ?))
                ORDER BY CASE d.kind WHEN 'prioritera' THEN 0 WHEN 'kan_vanta' THEN 1 WHEN 'omfordela' THEN 2 ELSE 3 END,
                         d.review_date, m.sort_key, m.id, c.reference, c.id
                """, arguments: [teamId, shown, shown]).compactMap { row in
                guard let kind = DecisionKind(rawValue: row["kind"]) else { return nil }
                return AgendaItem(
                    caseId: row["id"], reference: row["reference"], medarbetareId: row["m_id"], medarbetareName: row["name"],
                    kind: kind, period: row["period"], reviewDate: (row["review_date"] as String?).flatMap { try? LocalDate.parse($0) },
                    toMedarbetareId: row["to_medarbetare_id"], toName: row["to_name"], note: row["note"],
                    decidedBy: row["decided_by"], decidedAt: row["decided_at"])
            }
        }
    }
}
