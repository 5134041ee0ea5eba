/// One observed task of a stored day entry.
public struct ObservedTask: Hashable, Sendable {
    public var taskId: Int64
    public var taskName: String
    public var category: ShadowingCategory
    public var minutes: Int
    public var judgement: TransferJudgement

    public init(taskId: Int64, taskName: String, category: ShadowingCategory, minutes: Int, judgement: TransferJudgement) {
        self.taskId = taskId; self.taskName = taskName; self.category = category
        self.minutes = minutes; self.judgement = judgement
    }
}
