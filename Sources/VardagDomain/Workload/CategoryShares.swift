/// The time diary's split of logged time over all categories, in whole percent that add up to 100.
public enum CategoryShares {
    /// Percent per category (every category, 0 where nothing was logged), rounded by largest
    /// remainder so the parts add up to exactly 100; ties go to the earlier category.
    /// - Parameter minutes: minutes per category.
    /// - Returns: the percents in `TimeCategory.allCases` order, or nil when nothing is logged.
    public static func of(_ minutes: [TimeCategory: Int]) -> [(category: TimeCategory, percent: Int)]? {
        let categories = TimeCategory.allCases
        let values = categories.map { max(0, minutes[$0] ?? 0) }
        let total = values.reduce(0, +)
        guard total > 0 else { return nil }
        var percents = values.map { $0 * 100 / total }
        var left = 100 - percents.reduce(0, +)
        let order = values.indices.sorted { a, b in
            let (ra, rb) = (values[a] * 100 % total, values[b] * 100 % total)
            return ra != rb ? ra > rb : a < b
        }
        for index in order where left > 0 {
            percents[index] += 1
            left -= 1
        }
        return zip(categories, percents).map { ($0, $1) }
    }
}
