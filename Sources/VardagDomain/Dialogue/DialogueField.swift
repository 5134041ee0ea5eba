/// The fields of the dialogue tool's forms, so a refusal can be shown next to its field.
public enum DialogueField: String, CaseIterable, Hashable, Sendable {
    case medarbetare, trainingDate
    case enhet, theme, chooser, reason, plannedStart, guide1, guide2, staff
    case meeting, date, brukareCount, staffCount, notes
    case question, fromGroup, answer, level
    case what, responsible, due, status
    case target, year
    case nextPlanned, chef, fedBackOn, fedBackHow, hours, hours2
}
