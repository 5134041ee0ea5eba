/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many cells.
    case fixed(Int)
    /// A share of the room the fixed columns leave, by weight.
    case flexible(Int)

    /// A flexible column of weight 1.
    public static let fill = ColumnWidth.flexible(1)
}

/// One column of a `Table`: its title, width and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: TextAlignment

    public init(_ title: String, width: ColumnWidth = .fill, alignment: TextAlignment = .left) {
        self.title = title; self.width = width; self.alignment = alignment
    }

    /// The widths in cells of `columns` laid out in `total` cells with `spacing`
    /// cells between neighbours. Fixed columns are served first, from the left;
    /// flexible ones share the rest, the last one taking the remainder.
    public static func layout(_ columns: [TableColumn], in total: Int, spacing: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        var room = max(0, total - spacing * (columns.count - 1))
        var widths = Array(repeating: 0, count: columns.count)
        for (i, c) in columns.enumerated() {
            if case .fixed(let w) = c.width {
                widths[i] = min(max(0, w), room)
                room -= widths[i]
            }
        }
        let flexible = columns.indices.compactMap { i -> (Int, Int)? in
            if case .flexible(let weight) = columns[i].width { return (i, max(1, weight)) }
            return nil
        }
        let totalWeight = flexible.reduce(0) { $0 + $1.1 }
        var left = room
        for (n, (i, weight)) in flexible.enumerated() {
            let share = n == flexible.count - 1 ? left : room * weight / totalWeight
            widths[i] = share
            left -= share
        }
        return widths
    }
}
