/// Copy-forward: which of last period's cases a worker carries into this period, with their ratings.
///
/// A closed case (avsluta) stays behind; a case handed to a colleague (omfördela) goes
/// to her list instead; everything else keeps its time and difficulty, ready to adjust.
public enum CopyForward {
    /// One rating to create in the new period.
    public struct Carry: Hashable, Sendable {
        public var caseId: Int64
        public var medarbetareId: Int64
        public var time: Int
        public var difficulty: Int
    }

    /// The ratings a worker gets in the new period from last period's cases.
    /// - Parameters:
    ///   - previous: last period's cases of the worker and of anyone who handed cases to her.
    ///   - medarbetareId: the worker copying forward.
    ///   - alreadyRated: case ids she already has in the new period (left as they are).
    /// - Returns: the ratings to add, in the order of `previous`.
    public static func carries(
        from previous: [CarriedCase], to medarbetareId: Int64, alreadyRated: Set<Int64> = []
    ) -> [Carry] {
        previous.compactMap { item in
            guard !alreadyRated.contains(item.caseId) else { return nil }
            let owner: Int64
            switch item.decision {
            case .avsluta: return nil
            case .omfordela: owner = item.toMedarbetareId ?? item.medarbetareId
            default: owner = item.medarbetareId
            }
            guard owner == medarbetareId else { return nil }
            return Carry(caseId: item.caseId, medarbetareId: medarbetareId, time: item.time, difficulty: item.difficulty)
        }
    }
}
