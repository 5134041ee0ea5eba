import VardagDomain
import VardagStore

extension ConcurrencyPlan {
    /// The planned writes that are not in the database as planned, one line each (empty
    /// when every write is there).
    /// - Parameter store: the database, after every worker has ended.
    /// - Throws: the store's read errors.
    func missingWrites(in store: AppDatabase) throws -> [String] {
        let day = try LocalDate.parse(today)
        let period = try WorkloadPeriod.parse(period)
        var missing: [String] = []
        var grids: [Int64: [String: WorkloadCase]] = [:]
        var loops: [Int64: [TraffTyp]] = [:]
        for (w, writes) in workers.enumerated() {
            for write in writes {
                let found: Bool
                switch write {
                case let .rating(medarbetareId, reference, time, difficulty):
                    if grids[medarbetareId] == nil {
                        let cases = try store.workloadGrid(medarbetareId: medarbetareId, period: period)?.cases ?? []
                        grids[medarbetareId] = Dictionary(cases.map { ($0.reference, $0) }) { first, _ in first }
                    }
                    let stored = grids[medarbetareId]?[reference]
                    found = stored?.time == time && stored?.difficulty == difficulty
                case let .diary(medarbetareId, dayText, category, minutes):
                    let stored = try store.diaryDay(medarbetareId: medarbetareId, day: try LocalDate.parse(dayText))
                    found = stored[TimeCategory(rawValue: category)!] == minutes
                case let .observation(_, participantId, date, taskIds, minutes, lessons):
                    let entry = try store.dayEntry(participantId: participantId, date: try LocalDate.parse(date))
                    found = entry?.lessons == lessons && entry?.tasks.map(\.taskId) == taskIds
                        && entry?.tasks.allSatisfy { $0.minutes == minutes } == true
                case let .meeting(loopId, kind, _, _, _):
                    if loops[loopId] == nil { loops[loopId] = try store.loopDetail(id: loopId, today: day)?.meetings.map(\.kind) ?? [] }
                    found = loops[loopId]!.contains(TraffTyp(rawValue: kind)!)
                }
                if !found { missing.append("worker \(w): \(write)") }
            }
        }
        return missing
    }
}
