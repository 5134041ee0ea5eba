/// One task of the catalogue observed tasks are picked from, with its defaults.
public struct ShadowingTask: Hashable, Sendable, Identifiable, Codable {
    /// The database id (0 before it is stored).
    public var id: Int64
    /// The task's name, e.g. "Tvätt"; unique in the catalogue ignoring case.
    public var name: String
    public var category: ShadowingCategory
    /// The judgement pre-filled when the task is picked.
    public var defaultJudgement: TransferJudgement
    /// The minutes pre-filled when the task is picked (1–600).
    public var defaultMinutes: Int
    /// False once retired; kept so old observations still name it.
    public var active: Bool

    public init(id: Int64 = 0, name: String, category: ShadowingCategory, defaultJudgement: TransferJudgement,
                defaultMinutes: Int, active: Bool = true) {
        self.id = id
        self.name = name
        self.category = category
        self.defaultJudgement = defaultJudgement
        self.defaultMinutes = defaultMinutes
        self.active = active
    }

    /// The catalogue file's shape: `{"name": …, "category": …, "judgement": …, "minutes": …}`.
    enum CodingKeys: String, CodingKey {
        case id, name, category, active
        case defaultJudgement = "judgement"
        case defaultMinutes = "minutes"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0
        name = try c.decode(String.self, forKey: .name)
        category = try c.decode(ShadowingCategory.self, forKey: .category)
        defaultJudgement = try c.decode(TransferJudgement.self, forKey: .defaultJudgement)
        defaultMinutes = try c.decode(Int.self, forKey: .defaultMinutes)
        active = try c.decodeIfPresent(Bool.self, forKey: .active) ?? true
    }
}
