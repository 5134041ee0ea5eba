import Foundation
import VardagDomain

/// Turns Skuggning values and rule problems into the UI's language.
enum ShadowingText {
    static func category(_ c: ShadowingCategory, _ s: Strings) -> String { s["shadowing.category.\(c.rawValue)"] }
    static func judgement(_ j: TransferJudgement, _ s: Strings) -> String { s["shadowing.judgement.\(j.rawValue)"] }
    static func role(_ r: ShadowedRole, _ s: Strings) -> String { s["shadowing.role.\(r.rawValue)"] }
    static func status(_ h: HypothesisStatus, _ s: Strings) -> String { s["shadowing.status.\(h.rawValue)"] }
    static func step(_ p: PathStep, _ s: Strings) -> String { s["shadowing.step.\(p.rawValue)"] }
    static func outcome(_ o: PathOutcome, _ s: Strings) -> String { s["shadowing.outcome.\(o.rawValue)"] }
    static func weekday(_ d: LocalDate, _ s: Strings) -> String { s["shadowing.weekday.\(d.isoWeekday)"] }

    /// A share 0–1 as a whole percentage, "42 %".
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    /// The message for a refused field.
    static func problem(_ p: ShadowingProblem, _ s: Strings) -> String {
        switch p {
        case .required: return s["shadowing.problem.required"]
        case .invalidDate: return s["shadowing.problem.invalidDate"]
        case .outsidePeriod(let start, let end): return s.format("shadowing.problem.outsidePeriod", start.iso, end.iso)
        case .notInTeam: return s["shadowing.problem.notInTeam"]
        case .minutesOutOfRange: return s["shadowing.problem.minutes"]
        case .endBeforeStart: return s["shadowing.problem.endBeforeStart"]
        case .tooLong(let max): return s.format("shadowing.problem.tooLong", max)
        case .invalidCharacters: return s["input.controlCharacters"]
        case .personnummer: return s["input.personnummer"]
        case .duplicate: return s["shadowing.problem.duplicate"]
        case .unknownReference: return s["shadowing.problem.unknown"]
        case .stepNotForward(let current): return s.format("shadowing.problem.stepNotForward", step(current, s))
        case .dateBeforePrevious(let date): return s.format("shadowing.problem.dateBeforePrevious", date.iso)
        case .dateAfterNext(let date): return s.format("shadowing.problem.dateAfterNext", date.iso)
        case .participantLeft: return s["shadowing.problem.left"]
        case .leftOn(let date): return s.format("shadowing.problem.leftOn", date.iso)
        case .placesOutOfRange: return s["shadowing.problem.places"]
        case .hasSupervised: return s["shadowing.problem.hasSupervised"]
        case .dateInFuture: return s["servicebitrade.problem.dateInFuture"]
        case .ladderStepDone(let step): return s.format("servicebitrade.problem.stepDone", step)
        case .ladderStepMissing(let step): return s.format("servicebitrade.problem.stepMissing", step)
        case .noLadderStep: return s["servicebitrade.problem.noLadderStep"]
        case .alreadyEmployed: return s["servicebitrade.problem.alreadyEmployed"]
        case .noServicebitradeTitle: return s["servicebitrade.problem.noTitle"]
        }
    }

    /// Splits text into lines of at most `width` characters at spaces (short texts in the UI only).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
