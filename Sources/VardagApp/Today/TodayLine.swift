/// One row of the Idag list as drawn: a section's heading, one due item (selectable), or a
/// plain line (nothing due, "and N more").
enum TodayLine: Hashable {
    case heading(String)
    /// The item's index among all items, and its words.
    case item(index: Int, text: String)
    case note(String)
}
