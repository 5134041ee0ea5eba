/// What a development plan costs in one quarter: the sum of the items' known costs, how
/// many items there are and how many have no cost yet.
///
/// Cancelled items (`avbruten`) cost nothing and are left out; an item without a cost is
/// counted in `withoutCost`, never as 0 kr, so a sum never looks complete when it is not.
public struct PlanCostSum: Hashable, Sendable {
    public var quarter: Quarter
    /// The known costs, in kronor.
    public var kronor: Int
    /// The items counted (all but the cancelled).
    public var items: Int
    /// The items among them without a cost.
    public var withoutCost: Int

    public init(quarter: Quarter, kronor: Int, items: Int, withoutCost: Int) {
        self.quarter = quarter
        self.kronor = kronor
        self.items = items
        self.withoutCost = withoutCost
    }

    /// The sums per quarter of the items' target dates, earliest first.
    /// - Parameter items: the plan items (of one unit, usually).
    /// - Returns: one sum per quarter that has an item that is not cancelled.
    public static func byQuarter(_ items: [PlanItem]) -> [PlanCostSum] {
        var sums: [Quarter: PlanCostSum] = [:]
        for item in items where item.status != .avbruten {
            let quarter = Quarter(item.targetDate)
            var sum = sums[quarter] ?? PlanCostSum(quarter: quarter, kronor: 0, items: 0, withoutCost: 0)
            sum.items += 1
            if let cost = item.cost { sum.kronor += cost } else { sum.withoutCost += 1 }
            sums[quarter] = sum
        }
        return sums.values.sorted { $0.quarter < $1.quarter }
    }

    /// The sum of several quarters (the quarter of the first; used for a total).
    /// - Parameter sums: the sums to add.
    /// - Returns: nil when there are none.
    public static func total(_ sums: [PlanCostSum]) -> PlanCostSum? {
        guard let first = sums.first else { return nil }
        return sums.dropFirst().reduce(first) {
            PlanCostSum(quarter: $0.quarter, kronor: $0.kronor + $1.kronor, items: $0.items + $1.items,
                        withoutCost: $0.withoutCost + $1.withoutCost)
        }
    }

    /// Kronor with a space between thousands, as Swedish text writes them: "12 500".
    /// - Parameter kronor: the amount.
    /// - Returns: the digits grouped by three.
    public static func grouped(_ kronor: Int) -> String {
        let digits = String(abs(kronor))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return (kronor < 0 ? "-" : "") + out
    }
}
