import TerminalKit
import VardagDomain
import VardagStore

/// Deactivating or reactivating one register row, with the question that asks first in
/// words that fit what it is: a person, a kommun with the units and teams that go with
/// it, a unit, a team.
struct RegisterActivation {
    let kind: RegisterTab
    let id: Int64
    let name: String
    /// True to deactivate, false to reactivate.
    let deactivate: Bool
    /// What the change does to the row and what hangs under it.
    let message: String

    /// The question for a row, reading what hangs under a kommun.
    /// - Throws: a failed read of the kommun's units and teams.
    static func asking(_ kind: RegisterTab, id: Int64, name: String, active: Bool, context: AppContext) throws -> RegisterActivation {
        let s = context.strings
        let message: String
        switch (kind, active) {
        case (.staff, true): message = s.format("register.confirm.deactivate", name)
        case (.kommun, true):
            let under = try context.store.activeUnitsAndTeams(kommunId: id)
            message = s.format("register.confirm.deactivateKommun", name, under.enheter, under.teams)
        case (.enhet, true): message = s.format("register.confirm.deactivateEnhet", name)
        case (.team, true): message = s.format("register.confirm.deactivateTeam", name)
        case (.kommun, false): message = s.format("register.confirm.reactivateKommun", name)
        default: message = s.format("register.confirm.reactivate", name)
        }
        return RegisterActivation(kind: kind, id: id, name: name, deactivate: active, message: message)
    }

    func dialog(_ s: Strings) -> ConfirmDialog {
        ConfirmDialog(
            title: s[deactivate ? "register.confirm.deactivate.title" : "register.confirm.reactivate.title"],
            message: message,
            confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"],
            confirmShortcut: "j", declineShortcut: "n")
    }

    /// Stores the change in one transaction.
    /// - Returns: the status line that says what was done.
    func carryOut(context: AppContext) throws -> String {
        let s = context.strings, store = context.store
        let under = kind == .kommun && deactivate ? try store.activeUnitsAndTeams(kommunId: id) : nil
        switch (kind, deactivate) {
        case (.staff, true): _ = try store.deactivateMedarbetare(id: id)
        case (.staff, false): _ = try store.reactivateMedarbetare(id: id)
        case (.kommun, true): _ = try store.deactivateKommun(id: id)
        case (.kommun, false): _ = try store.reactivateKommun(id: id)
        case (.enhet, true): _ = try store.deactivateEnhet(id: id)
        case (.enhet, false): _ = try store.reactivateEnhet(id: id)
        case (.team, true): _ = try store.deactivateTeam(id: id)
        case (.team, false): _ = try store.reactivateTeam(id: id)
        }
        if let under { return s.format("register.deactivatedKommun", name, under.enheter, under.teams) }
        return s.format(deactivate ? "register.deactivated" : "register.reactivated", name)
    }
}
