import VardagDomain
import VardagStore

/// The words of the Idag screen: section headings and one line per due item.
enum TodayText {
    /// "Teamledare – Hemtjänst Norr/Grupp Ängen".
    static func heading(_ section: TodaySection, _ s: Strings) -> String {
        let role = s["today.role.\(section.role.rawValue)"]
        return section.scopeName.map { s.format("today.section.scoped", role, $0) } ?? role
    }

    /// The line for one item.
    /// - Parameters:
    ///   - section: the item's section: a line need not repeat its scope (a team leader's own
    ///     team), and names the case owner only where the cases are not her own.
    static func item(_ item: TodayItem, in section: TodaySection? = nil, _ s: Strings) -> String {
        switch item {
        case .awaitingRating(_, let reference, _, let period):
            return s.format("today.item.awaitingRating", reference, period.description)
        case .reviewDue(_, let reference, _, let owner, let date):
            if let section, section.role != .medarbetare { return s.format("today.item.reviewDueOf", reference, date.iso, owner) }
            return s.format("today.item.reviewDue", reference, date.iso)
        case .heavy(_, let name, let team, _):
            return team == section?.scopeName ? s.format("today.item.heavyHere", name) : s.format("today.item.heavy", name, team)
        case .nextMeeting(_, let theme, let enhet, let meeting):
            return s.format("today.item.nextMeeting", DialogueText.traff(meeting, s), enhet, theme)
        case .plannedMeeting(_, let theme, let enhet, let meeting, let on, let daysAway):
            let traff = DialogueText.traff(meeting, s)
            if daysAway < 0 { return s.format("today.item.plannedOverdue", on.iso, traff, enhet, theme) }
            if daysAway == 0 { return s.format("today.item.plannedToday", traff, enhet, theme) }
            return s.format("today.item.planned", on.iso, traff, enhet, theme)
        case .overdueAction(_, _, let what, let due, let enhet):
            return s.format("today.item.overdueAction", due.iso, what, enhet)
        case .missingLog(_, _, _, let name, let date):
            return s.format("today.item.missingLog", name, date.iso)
        case .hypothesisDue(_, _, let statement, let date):
            return s.format("today.item.hypothesisDue", date.iso, statement)
        case .planStepDue(_, _, _, let name, let step, let course, let date):
            if let step { return s.format("today.item.planStep", name, step, date.iso) }
            return s.format("today.item.planCourse", name, course, date.iso)
        case .missingCertificate(_, _, let name, _):
            return s.format("today.item.missingCertificate", name)
        case .kommunOverdueActions(_, let kommun, let count):
            return s.format("today.item.kommunOverdue", kommun, count)
        case .register(let staff):
            return s.format("today.item.register", staff)
        }
    }

    /// The list's rows: per section its heading, its items (or that nothing is due), and how many more.
    static func lines(_ sections: [TodaySection], _ s: Strings) -> [TodayLine] {
        var lines: [TodayLine] = []
        var index = 0
        for section in sections {
            lines.append(.heading(heading(section, s)))
            if section.items.isEmpty { lines.append(.note(s["today.nothingDue"])) }
            for item in section.items {
                lines.append(.item(index: index, text: Self.item(item, in: section, s)))
                index += 1
            }
            if section.more > 0 { lines.append(.note(s.format("today.more", section.more))) }
        }
        return lines
    }
}
