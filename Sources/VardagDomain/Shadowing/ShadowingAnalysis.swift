/// The analysis figures over a date range: where the observed time went, how much of it
/// a servicebiträde could take over, the draft task list, lessons per week and the path.
///
/// Built from small aggregates (one row per task and judgement) that the store sums in
/// SQL, so the same pure code serves the screen, the export and the tests.
public struct ShadowingAnalysis: Hashable, Sendable {
    /// Observed minutes and counts for one task and judgement, as the store sums them.
    public struct TaskSum: Hashable, Sendable {
        public var taskId: Int64
        public var taskName: String
        public var category: ShadowingCategory
        public var judgement: TransferJudgement
        public var minutes: Int
        public var observations: Int

        public init(taskId: Int64, taskName: String, category: ShadowingCategory, judgement: TransferJudgement,
                    minutes: Int, observations: Int) {
            self.taskId = taskId; self.taskName = taskName; self.category = category
            self.judgement = judgement; self.minutes = minutes; self.observations = observations
        }
    }

    /// The figures of one task.
    public struct TaskFigure: Hashable, Sendable {
        public var taskId: Int64
        public var name: String
        public var category: ShadowingCategory
        public var minutes: Int
        public var observations: Int
        /// Observations judged ja / med stöd / nej.
        public var yes: Int
        public var withSupport: Int
        public var no: Int
        /// Minutes judged ja.
        public var transferableMinutes: Int

        /// The share of this task's observations judged ja (0–1).
        public var yesShare: Double { observations == 0 ? 0 : Double(yes) / Double(observations) }
    }

    public var totalMinutes: Int
    public var observations: Int
    /// Minutes per category, every category present (0 when none).
    public var minutesPerCategory: [ShadowingCategory: Int]
    /// Minutes judged ja (a servicebiträde could do it), whatever the category.
    public var transferableMinutes: Int
    /// Minutes judged med stöd.
    public var withSupportMinutes: Int
    /// Minutes of service-category work judged ja: the transferable service work.
    public var transferableServiceMinutes: Int
    /// Per task, most minutes first.
    public var tasks: [TaskFigure]
    /// The draft task list for the servicebiträde role: tasks judged ja in at least half
    /// of their observations, most ja-judgements first.
    public var draftTaskList: [TaskFigure]
    /// Lessons (entries with lärdomar) per ISO week, oldest first.
    public var lessonsPerWeek: [(week: IsoWeek, count: Int)]
    /// Participants whose latest step is each step (those who left included: someone
    /// employed as servicebiträde counts under anställd).
    public var participantsPerStep: [PathStep: Int]
    /// Participants who have left, by outcome.
    public var participantsLeft: [PathOutcome: Int]

    /// The share of observed time judged transferable (0–1).
    public var transferableShare: Double { totalMinutes == 0 ? 0 : Double(transferableMinutes) / Double(totalMinutes) }
    /// The share of observed time that is service work judged transferable (0–1).
    public var transferableServiceShare: Double {
        totalMinutes == 0 ? 0 : Double(transferableServiceMinutes) / Double(totalMinutes)
    }

    /// Computes the figures.
    /// - Parameters:
    ///   - sums: minutes and counts per task and judgement.
    ///   - lessonDates: the date of each entry with lärdomar.
    ///   - currentSteps: each participant's latest step (nil before introduktion).
    ///   - outcomes: the outcome of each participant who left.
    public init(sums: [TaskSum], lessonsPerWeek: [(week: IsoWeek, count: Int)],
                currentSteps: [PathStep?], outcomes: [PathOutcome]) {
        var byTask: [Int64: TaskFigure] = [:]
        var perCategory = Dictionary(uniqueKeysWithValues: ShadowingCategory.allCases.map { ($0, 0) })
        var total = 0, count = 0, transferable = 0, support = 0, service = 0
        for sum in sums {
            total += sum.minutes
            count += sum.observations
            perCategory[sum.category, default: 0] += sum.minutes
            var figure = byTask[sum.taskId] ?? TaskFigure(
                taskId: sum.taskId, name: sum.taskName, category: sum.category, minutes: 0, observations: 0,
                yes: 0, withSupport: 0, no: 0, transferableMinutes: 0)
            figure.minutes += sum.minutes
            figure.observations += sum.observations
            switch sum.judgement {
            case .yes:
                figure.yes += sum.observations
                figure.transferableMinutes += sum.minutes
                transferable += sum.minutes
                if sum.category == .service { service += sum.minutes }
            case .withSupport:
                figure.withSupport += sum.observations
                support += sum.minutes
            case .no:
                figure.no += sum.observations
            }
            byTask[sum.taskId] = figure
        }
        totalMinutes = total
        observations = count
        minutesPerCategory = perCategory
        transferableMinutes = transferable
        withSupportMinutes = support
        transferableServiceMinutes = service
        tasks = byTask.values.sorted { ($0.minutes, $1.name) > ($1.minutes, $0.name) }
        draftTaskList = byTask.values.filter { $0.yes > 0 && $0.yesShare >= 0.5 }
            .sorted { ($0.yes, $1.name) > ($1.yes, $0.name) }
        self.lessonsPerWeek = lessonsPerWeek.sorted { $0.week < $1.week }
        var steps: [PathStep: Int] = [:]
        for step in currentSteps { if let step { steps[step, default: 0] += 1 } }
        participantsPerStep = steps
        var left: [PathOutcome: Int] = [:]
        for outcome in outcomes { left[outcome, default: 0] += 1 }
        participantsLeft = left
    }

    public static func == (lhs: ShadowingAnalysis, rhs: ShadowingAnalysis) -> Bool {
        lhs.tasks == rhs.tasks && lhs.totalMinutes == rhs.totalMinutes
            && lhs.lessonsPerWeek.map(\.week) == rhs.lessonsPerWeek.map(\.week)
            && lhs.lessonsPerWeek.map(\.count) == rhs.lessonsPerWeek.map(\.count)
            && lhs.participantsPerStep == rhs.participantsPerStep && lhs.participantsLeft == rhs.participantsLeft
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(tasks)
        hasher.combine(totalMinutes)
    }
}
