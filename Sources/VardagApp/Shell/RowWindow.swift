/// The rows of a long list held around what is on screen: a list of 100,000 rows keeps
/// three pages and fetches a new window only when the page on screen leaves it.
struct RowWindow<Row> {
    /// The held rows, from `offset`.
    private(set) var rows: [Row] = []
    /// The index of the first held row in the whole list.
    private(set) var offset = 0

    /// The row at an index of the whole list, when it is held.
    func row(at index: Int) -> Row? {
        let i = index - offset
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// The whole list's index of the first held row matching, if any.
    func index(where matches: (Row) -> Bool) -> Int? {
        rows.firstIndex(where: matches).map { $0 + offset }
    }

    /// Forgets the held rows (the list changed).
    mutating func clear() { rows = [] }

    /// Fetches the rows around the page from `top` when they are not all held.
    /// - Parameters:
    ///   - top: the first row on screen.
    ///   - page: how many rows the screen shows.
    ///   - total: how many rows the list has.
    ///   - fetch: reads `limit` rows from `offset`.
    /// - Returns: true when it fetched.
    /// - Throws: the failed read; the held rows stay as they were.
    @discardableResult
    mutating func fill(top: Int, page: Int, total: Int, fetch: (_ offset: Int, _ limit: Int) throws -> [Row]) throws -> Bool {
        let needed = top..<min(total, top + page)
        let held = offset..<(offset + rows.count)
        if needed.isEmpty || (held.contains(needed.lowerBound) && held.contains(needed.upperBound - 1)) { return false }
        let start = max(0, top - page)
        rows = try fetch(start, min(total, start + page * 3) - start)
        offset = start
        return true
    }
}
