import VardagDomain
@_spi(Seeding) import VardagStore

/// Kunskapsspridning for the demo: many people with a completed step have spread it (held,
/// with a count and what changed), some have it planned, and some are overdue. Deterministic
/// for a seed; run after `CompetenceDemo`, whose completed steps it spreads.
public enum SpreadingDemo {
    static let descriptions = [
        "Bemötande vid oro och ångest", "Dokumentation enligt ICF", "Lågaffektivt bemötande i vardagen",
        "Läkemedelshantering, nya rutinen", "Demens: meningsfull vardag", "Motiverande samtal",
    ]
    static let outcomes = [
        "Teamet använder nu en gemensam checklista vid överlämning.",
        "Färre konflikter vid morgonrutinen enligt teamets egen uppföljning.",
        "Ny rutin för signering av läkemedel infördes på enheten.",
        "Kollegorna har börjat använda genomförandeplanen i samtalen.",
    ]

    /// Plans and records spreading for people with completed steps.
    /// - Parameters:
    ///   - db: a database after `CompetenceDemo.populate`.
    ///   - today: the demo's day; held dates are never after it, overdue ones lie before it.
    ///   - seed: the random seed.
    /// - Returns: how many activities were written.
    /// - Throws: the store's errors.
    @discardableResult
    public static func populate(_ db: AppDatabase, today: LocalDate, seed: UInt64 = 2026) throws -> Int {
        try db.writeGeneratedData { connection in
            var random = SeededGenerator(seed: seed ^ 0x5B12EAD)
            let people = try AppDatabase.fetchPeople(connection, scope: .all).filter { !$0.mapping.completions.isEmpty }
            let insert = try connection.cachedStatement(sql: """
                INSERT INTO competence_spreading (medarbetare_id, step_no, kind, description, audience, planned_on, held_on,
                                                  participants, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var written = 0
            // Every unit shows each state: its first person with a step has spread it, the
            // second is overdue, the third has it planned; the rest by chance.
            var seen: [Int64: Int] = [:]
            for person in people {
                let order = seen[person.enhetId, default: 0]
                seen[person.enhetId] = order + 1
                let chance = Int.random(in: 0..<100, using: &random)
                let roll = [10, 65, 50][safe: order] ?? chance
                guard roll < 70, let last = person.mapping.completions.max(by: { $0.step < $1.step }) else { continue }
                let kind = SpreadingKind.allCases[Int.random(in: 0..<SpreadingKind.allCases.count, using: &random)]
                let audience: SpreadingAudience = Int.random(in: 0..<3, using: &random) == 0 ? .enhet : .team
                let description = descriptions[Int.random(in: 0..<descriptions.count, using: &random)]
                if roll < 45 {
                    // Held some weeks after the step was done (never after today).
                    let planned = last.date.adding(days: 21 + Int.random(in: 0..<40, using: &random))
                    let held = min(today, planned.adding(days: Int.random(in: 0..<10, using: &random)))
                    let count = audience == .enhet ? 12 + Int.random(in: 0..<20, using: &random) : 4 + Int.random(in: 0..<8, using: &random)
                    try insert.execute(arguments: [person.id, last.step, kind.rawValue, description, audience.rawValue,
                                                   min(planned, held).iso, held.iso, count,
                                                   outcomes[Int.random(in: 0..<outcomes.count, using: &random)]])
                } else if roll < 58 {
                    // Planned ahead.
                    let planned = today.adding(days: 7 + Int.random(in: 0..<80, using: &random))
                    try insert.execute(arguments: [person.id, last.step, kind.rawValue, description, audience.rawValue,
                                                   planned.iso, nil, nil, ""])
                } else {
                    // Overdue: planned before today and not held.
                    let planned = today.adding(days: -(5 + Int.random(in: 0..<60, using: &random)))
                    try insert.execute(arguments: [person.id, last.step, kind.rawValue, description, audience.rawValue,
                                                   planned.iso, nil, nil, ""])
                }
                written += 1
            }
            return written
        }
    }
}

extension Array {
    /// The element at an index, or nil outside the array.
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
