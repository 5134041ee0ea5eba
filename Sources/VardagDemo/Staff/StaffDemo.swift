import VardagDomain
@_spi(Seeding) import VardagStore

/// Two years of monthly staff figures for every unit of the demo, up to the last month
/// before the demo's day: what an HR system would have sent for the nämnd's follow-up by then.
///
/// Deterministic (`SeededGenerator`): each unit gets a size, every fourth unit one of 10
/// people or fewer (so the public document hides it, "för få"), and month by month people
/// leave (by reason) and are hired, so the headcount, turnover, sick leave (more in winter)
/// and vacancies move as they would. All rows go through the store's audited write in one
/// transaction.
public enum StaffDemo {
    /// The months generated, ending with the month before the demo's.
    public static let months = 24

    /// Writes the figures for every active unit.
    /// - Parameters:
    ///   - store: a store with the demo register.
    ///   - today: the demo's day; the month before it is the last one generated.
    ///   - seed: the random seed.
    /// - Returns: how many unit-months were written.
    /// - Throws: the store's errors.
    @discardableResult
    public static func populate(_ store: AppDatabase, today: LocalDate, seed: UInt64 = 19) throws -> Int {
        let units = try store.registerTree().kommuner.flatMap { $0.enheter.map(\.enhet.id) }
        let last = StaffMonth(containing: today).adding(months: -1)
        var random = SeededGenerator(seed: seed)
        var rows: [(Int64, StaffMonth, StaffFigures)] = []
        for (index, unit) in units.enumerated() {
            let small = index % 4 == 1
            rows += series(unit: unit, small: small, last: last, random: &random)
        }
        try store.writeGeneratedData { db in try store.writeStaffMonths(db, rows) }
        return rows.count
    }

    /// One unit's months, oldest first.
    static func series(unit: Int64, small: Bool, last: StaffMonth, random: inout SeededGenerator)
        -> [(Int64, StaffMonth, StaffFigures)] {
        var headcount = small ? Int.random(in: 5...9, using: &random) : Int.random(in: 14...60, using: &random)
        let bounds = small ? 4...10 : 12...70
        let sickBase = Double.random(in: 0.03...0.07, using: &random)
        var vacancies = Int.random(in: 0...2, using: &random)
        var rows: [(Int64, StaffMonth, StaffFigures)] = []
        for offset in stride(from: months - 1, through: 0, by: -1) {
            let month = last.adding(months: -offset)
            // Leavers: about 1.3 % of the staff a month, each with a reason.
            var leavers = [0, 0, 0, 0]
            for _ in 0..<headcount where Double.random(in: 0..<1, using: &random) < 0.013 {
                let draw = Double.random(in: 0..<1, using: &random)
                leavers[draw < 0.55 ? 0 : draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3] += 1
            }
            let left = leavers.reduce(0, +)
            // Hires replace most leavers and drift the size a little, within the unit's bounds.
            var hires = max(0, left + Int.random(in: -1...1, using: &random))
            hires = min(max(hires, bounds.lowerBound - (headcount - left)), bounds.upperBound - (headcount - left))
            hires = max(0, hires)
            headcount = headcount - left + hires
            let fte = Int(Double(headcount * 100) * Double.random(in: 0.8...0.95, using: &random))
            let scheduled = fte * 165
            // Winter months have more short sick leave.
            let winter = [12, 1, 2, 3].contains(month.month) ? 1.5 : 1.0
            let short = Int(Double(scheduled) * sickBase * 0.4 * winter * Double.random(in: 0.6...1.4, using: &random))
            let long = Int(Double(scheduled) * sickBase * 0.6 * Double.random(in: 0.5...1.5, using: &random))
            vacancies = max(0, min(5, vacancies + left - hires + Int.random(in: -1...1, using: &random)))
            let recruiting = min(vacancies + 1, Int.random(in: 0...2, using: &random))
            rows.append((unit, month, StaffFigures(
                headcount: headcount, fte: Hundredths(hundredths: fte), newHires: hires, leftOwnRequest: leavers[0],
                leftRetirement: leavers[1], leftFixedTerm: leavers[2], leftOther: leavers[3],
                sickHoursShort: Hundredths(hundredths: short), sickHoursLong: Hundredths(hundredths: long),
                scheduledHours: Hundredths(hundredths: scheduled), vacancies: vacancies, openRecruitments: recruiting)))
        }
        return rows
    }
}
