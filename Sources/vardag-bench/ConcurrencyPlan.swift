import Foundation
import VardagCommandLine
import VardagDomain
import VardagStore

/// The writes of a `vardag-bench concurrency` run, worker by worker, made once by the
/// coordinating process and read by every worker from a file.
///
/// Every write has a place of its own (a case reference, a person's day and category, a
/// participant's day, a slinga's next meeting), so afterwards each one can be looked up
/// and a lost write shows. The places are chosen so that the workers contend: the cases
/// and diary days fall on a few teams' people, the workers writing diary minutes at the
/// same moment share a person's day (each its own category, under the day's 24-hour sum),
/// and every observation adds to the same monthly sums of the same three tasks.
struct ConcurrencyPlan: Codable {
    /// One write, with the values the check expects to find.
    enum Write: Codable, Hashable {
        /// `addCase`: a new case on a person's grid, rated in the plan's period.
        case rating(medarbetareId: Int64, reference: String, time: Int, difficulty: Int)
        /// `setDiaryMinutes`: one category's minutes on one day.
        case diary(medarbetareId: Int64, day: String, category: String, minutes: Int)
        /// `saveDayEntry`: a participant's day with its observed tasks.
        case observation(teamId: Int64, participantId: Int64, date: String, taskIds: [Int64], minutes: Int, lessons: String)
        /// `logMeeting`: a slinga's next meeting.
        case meeting(loopId: Int64, kind: String, date: String, guide1: Int64, guide2: Int64)
    }

    /// Today, for the period rules.
    var today: String
    /// The Fyrfältaren period the cases are rated in.
    var period: String
    /// Each worker's writes, in order.
    var workers: [[Write]]

    /// Why no plan could be made on this database.
    struct Unsuitable: Error, CustomStringConvertible {
        var description: String
    }

    /// The first day of the diary days, counted backwards (days no demo fills).
    static let diaryLastDay = "2020-12-31"
    /// Meetings in a slinga.
    static let meetingsPerLoop = TraffTyp.allCases.count

    /// Makes the plan on a demo database; the slingor for the meetings are made here
    /// (through `createLoop`), before the workers start.
    /// - Parameters:
    ///   - store: the database.
    ///   - processes: the number of workers.
    ///   - writes: the writes per worker.
    ///   - today: today.
    /// - Throws: `Unsuitable` when the database lacks what the writes need (not a demo).
    static func make(store: AppDatabase, processes: Int, writes: Int, today: LocalDate) throws -> ConcurrencyPlan {
        let kinds = (0..<processes).map { w in (0..<writes).map { (w + $0) % 4 } }
        func count(_ kind: Int, _ w: Int) -> Int { kinds[w].filter { $0 == kind }.count }
        let perWorker = (0..<4).map { kind in (0..<processes).map { count(kind, $0) }.max() ?? 0 }

        // A few teams' people share the cases and the diary days.
        let teams = try store.registerTree().kommuner.flatMap(\.enheter).flatMap(\.teams)
            .filter { $0.team.active && $0.activeStaffCount >= 3 }.prefix(3)
        let people = try teams.flatMap { try store.teamMembers(teamId: $0.team.id).map(\.id) }
        guard !people.isEmpty else { throw Unsuitable(description: HelpText.text("inget team med minst 3 aktiva medarbetare (gör en demodatabas först)",
                                                                               en: "no team with at least 3 active staff (make a demo database first)")) }
        let period = WorkloadPeriod(containing: today, kind: try store.workloadSettings().periodKind)

        // Observations: every shadowing team, its active participants, the same three tasks.
        let shadowingTeams = try store.shadowingTeams()
        let participants = try shadowingTeams.map { team in try store.shadowingParticipants(teamId: team.id).filter(\.isActive).map(\.id) }
        let tasks = try store.shadowingTasks(includeInactive: false).prefix(3).map(\.id)
        guard !shadowingTeams.isEmpty, participants.allSatisfy({ !$0.isEmpty }), tasks.count == 3 else {
            throw Unsuitable(description: HelpText.text("inget skuggningsteam med aktiva deltagare och uppgifter (gör en demodatabas först)",
                                                        en: "no shadowing team with active participants and tasks (make a demo database first)"))
        }

        let loops = try makeLoops(store: store, count: (0..<processes).map { (count(3, $0) + meetingsPerLoop - 1) / meetingsPerLoop }, today: today)

        let categories = TimeCategory.allCases
        let lastDiaryDay = try LocalDate.parse(diaryLastDay)
        var workers: [[Write]] = []
        for w in 0..<processes {
            var done = [0, 0, 0, 0]
            var list: [Write] = []
            for kind in kinds[w] {
                let k = done[kind]
                done[kind] += 1
                switch kind {
                case 0:
                    list.append(.rating(medarbetareId: people[(w + k) % people.count], reference: "Bänk \(w)-\(k)",
                                        time: 1 + (w + k) % 5, difficulty: 1 + (3 * w + k) % 5))
                case 1:
                    // The workers of a group write the same person's day at the same moment, each its own category.
                    let group = w / categories.count
                    let day = lastDiaryDay.adding(days: -(k + perWorker[1] * (group / people.count)))
                    list.append(.diary(medarbetareId: people[group % people.count], day: day.iso,
                                       category: categories[w % categories.count].rawValue, minutes: 10 * (1 + (w + k) % 20)))
                case 2:
                    let t = w % shadowingTeams.count
                    let group = w / shadowingTeams.count
                    let team = shadowingTeams[t]
                    let date = team.startDate.adding(days: k + perWorker[2] * (group / participants[t].count))
                    guard date <= team.endDate else {
                        throw Unsuitable(description: HelpText.text("skuggningsteamet \(team.name) har för få dagar för \(processes) × \(writes) skrivningar",
                                                                    en: "the shadowing team \(team.name) has too few days for \(processes) × \(writes) writes"))
                    }
                    list.append(.observation(teamId: team.id, participantId: participants[t][group % participants[t].count], date: date.iso,
                                             taskIds: tasks, minutes: 10 + 5 * (k % 5), lessons: "Bänk \(w)-\(k)"))
                default:
                    let loop = loops[w][k / meetingsPerLoop]
                    list.append(.meeting(loopId: loop.id, kind: TraffTyp.allCases[k % meetingsPerLoop].rawValue, date: today.iso,
                                         guide1: loop.guides.0, guide2: loop.guides.1))
                }
            }
            workers.append(list)
        }
        return ConcurrencyPlan(today: today.iso, period: period.description, workers: workers)
    }

    /// New slingor for each worker's meetings, like the first demo slinga that can be copied.
    private static func makeLoops(store: AppDatabase, count: [Int], today: LocalDate) throws -> [[(id: Int64, guides: (Int64, Int64))]] {
        guard count.contains(where: { $0 > 0 }) else { return count.map { _ in [] } }
        for row in try store.dialogueLoops(today: today) {
            guard let detail = try store.loopDetail(id: row.id, today: today), detail.guides.count == 2, !detail.staff.isEmpty else { continue }
            let guides = (detail.guides[0].id, detail.guides[1].id)
            var made: [[(id: Int64, guides: (Int64, Int64))]] = []
            do {
                for (w, n) in count.enumerated() {
                    made.append(try (0..<n).map { i in
                        let draft = LoopDraft(enhetId: detail.enhetId, theme: "Bänk \(w)-\(i)", chosenBy: .chef, plannedStart: today.iso,
                                              guide1: guides.0, guide2: guides.1, staffIds: detail.staff.map(\.id))
                        return (try store.createLoop(draft, today: today), guides)
                    })
                }
                return made
            } catch is DialogueFailure {
                continue
            }
        }
        throw Unsuitable(description: HelpText.text("ingen slinga vars vägledare och personal kan starta en ny (gör en demodatabas först)",
                                                    en: "no slinga whose guides and staff can start a new one (make a demo database first)"))
    }

    /// Reads a plan from a file.
    static func read(from path: String) throws -> ConcurrencyPlan {
        try JSONDecoder().decode(ConcurrencyPlan.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Writes the plan to a file.
    func write(to path: String) throws {
        try JSONEncoder().encode(self).write(to: URL(fileURLWithPath: path))
    }
}
