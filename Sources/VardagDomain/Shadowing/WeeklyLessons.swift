import Foundation

/// One ISO week's lärdomar of a skuggningsteam: each logged day's lessons, in date order.
public struct WeeklyLessons: Hashable, Sendable {
    /// One day's lessons of one participant.
    public struct Lesson: Hashable, Sendable {
        public var date: LocalDate
        public var participant: String
        public var text: String

        public init(date: LocalDate, participant: String, text: String) {
            self.date = date; self.participant = participant; self.text = text
        }
    }

    public var week: IsoWeek
    public var lessons: [Lesson]

    public init(week: IsoWeek, lessons: [Lesson]) {
        self.week = week; self.lessons = lessons
    }

    /// Groups lessons by ISO week, weeks in order, each week's lessons in the order given.
    /// - Parameter lessons: the lessons (days without lessons are left out).
    /// - Returns: one summary per week that has a lesson.
    public static func grouped(_ lessons: [Lesson]) -> [WeeklyLessons] {
        var byWeek: [IsoWeek: [Lesson]] = [:]
        for lesson in lessons where !lesson.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            byWeek[IsoWeek(containing: lesson.date), default: []].append(lesson)
        }
        return byWeek.keys.sorted().map { WeeklyLessons(week: $0, lessons: byWeek[$0]!) }
    }

    /// The week's summary as plain text: a heading line, then one line per lesson
    /// ("2026-11-19 Anna Åkesson: …"; a lesson's own line breaks become " / ").
    /// - Parameter heading: the heading, e.g. "Vecka 47 (2026-11-16 – 2026-11-22)".
    /// - Returns: the lines.
    public func textLines(heading: String) -> [String] {
        [heading] + lessons.map { "\($0.date.iso) \($0.participant): " + $0.text.split(whereSeparator: \.isNewline).joined(separator: " / ") }
    }
}
