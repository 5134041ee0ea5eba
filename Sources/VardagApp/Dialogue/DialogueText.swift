import VardagDomain
import VardagStore

/// Turns dialogue values, refusals and warnings into the UI's language.
enum DialogueText {
    static func traff(_ kind: TraffTyp, _ s: Strings) -> String {
        s["dialogue.traff.\(kind.rawValue)"]
    }

    static func group(_ group: DialogueGroup, _ s: Strings) -> String {
        s["dialogue.group.\(group.rawValue)"]
    }

    static func chooser(_ chooser: ThemeChooser, _ s: Strings) -> String {
        s["dialogue.chooser.\(chooser.rawValue)"]
    }

    static func status(_ status: ActionStatus, _ s: Strings) -> String {
        s["dialogue.status.\(status.rawValue)"]
    }

    static func stage(_ stage: LoopStage, _ s: Strings) -> String {
        s["dialogue.stage.\(stage.rawValue)"]
    }

    static func way(_ way: FeedbackWay, _ s: Strings) -> String {
        s["dialogue.way.\(way.rawValue)"]
    }

    /// What an empty table of the main screen says: that none of her roles has a part in
    /// the tool, that nothing is there yet (with the key that adds, for whoever may), or that
    /// nothing is there that her roles cover.
    /// - Parameters:
    ///   - key: the words for whoever may add here.
    ///   - covered: the words for a viewer who may not.
    ///   - writes: whether the viewer may add here.
    static func empty(_ key: String, covered: String, writes: Bool, _ context: AppContext) -> String {
        let s = context.strings
        guard DialogueAccess.usesTool(context.viewer) else { return s["dialogue.noRole"] }
        return writes ? s[key] : s[covered]
    }

    /// The next meeting, or "klar" when all five are held.
    static func next(_ kind: TraffTyp?, _ s: Strings) -> String {
        kind.map { traff($0, s) } ?? s["dialogue.loop.done"]
    }

    /// The next meeting and its planned date ("Brukarträff 2, planerad 2026-12-10"), or "klar".
    static func nextPlanned(_ detail: LoopDetail, _ s: Strings) -> String {
        guard let kind = detail.nextMeeting else { return s["dialogue.loop.done"] }
        guard let on = detail.nextPlannedOn else { return s.format("dialogue.loop.notPlanned", traff(kind, s)) }
        return s.format("dialogue.loop.planned", traff(kind, s), on.iso)
    }

    static func error(_ error: DialogueError, _ s: Strings) -> String {
        switch error {
        case .required: return s["dialogue.error.required"]
        case .tooLong(let max): return s.format("dialogue.error.tooLong", max)
        case .invalidCharacters: return s["input.controlCharacters"]
        case .personnummer: return s["input.personnummer"]
        case .invalidDate: return s["dialogue.error.invalidDate"]
        case .numberOutOfRange(let min, let max): return s.format("dialogue.error.range", min, max)
        case .unknownReference: return s["dialogue.error.unknown"]
        case .notExactlyTwoGuides: return s["dialogue.error.twoGuides"]
        case .sameGuideTwice: return s["dialogue.error.sameGuide"]
        case .guideWorksAtUnit: return s["dialogue.error.guideAtUnit"]
        case .notAGuide: return s["dialogue.error.notAGuide"]
        case .alreadyAGuide: return s["dialogue.error.alreadyAGuide"]
        case .outOfOrder(let expected):
            return expected.map { s.format("dialogue.error.outOfOrder", traff($0, s)) } ?? s["dialogue.error.allHeld"]
        case .beforePreviousMeeting(let date): return s.format("dialogue.error.beforePrevious", date)
        case .afterNextMeeting(let date): return s.format("dialogue.error.afterNext", date)
        case .afterToday(let today): return s.format("dialogue.error.afterToday", today)
        case .nobodyAttended: return s["dialogue.error.nobodyAttended"]
        case .groupNotPresent: return s["dialogue.error.groupNotPresent"]
        case .answerAtSameMeeting: return s["dialogue.error.sameMeeting"]
        case .answerNotLater: return s["dialogue.error.notLater"]
        case .answerWrongGroup: return s["dialogue.error.wrongGroup"]
        case .alreadyAnswered: return s["dialogue.error.alreadyAnswered"]
        case .noLaterMeeting: return s["dialogue.error.noLaterMeeting"]
        case .gemensamNotHeld: return s["dialogue.error.gemensamNotHeld"]
        case .themeUnchanged: return s["dialogue.error.themeUnchanged"]
        case .notLatestMeeting: return s["dialogue.error.notLatestMeeting"]
        case .meetingHasActions: return s["dialogue.error.meetingHasActions"]
        case .notAnswered: return s["dialogue.error.notAnswered"]
        case .beforeToday(let today): return s.format("dialogue.error.beforeToday", today)
        case .notAChef: return s["dialogue.error.notAChef"]
        case .notGemensam: return s["dialogue.error.notGemensam"]
        case .beforeTraining(let date): return s.format("dialogue.error.beforeTraining", date)
        case .guideLeftPool: return s["dialogue.error.guideLeftPool"]
        case .invalidHours(let max): return s.format("dialogue.error.hours", max)
        }
    }

    static func warning(_ warning: DialogueWarning, _ s: Strings) -> String {
        switch warning {
        case .runningLong(let days): return s.format("dialogue.warning.long", days, DialogueRules.longestRunDays / 7)
        case .staffChanged(let at, let from, let to): return s.format("dialogue.warning.staff", traff(at, s), from, to)
        case .behindTarget(let started, let expected, let target):
            return s.format("dialogue.warning.target", started, expected, target)
        }
    }
}
