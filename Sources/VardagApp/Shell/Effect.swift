import TerminalKit
import VardagDomain

/// What a screen asks the app to do after it handled a message.
public enum Effect {
    case none
    /// Open another screen on top of this one.
    case push(any Screen)
    /// Close this screen and return to the one below (which reloads its data).
    case pop
    /// Leave the app.
    case quit
    /// Show a short message in the status line (cleared by the next key).
    case status(String)
    /// Show an error in the status line.
    case error(String)
    /// Several effects in order.
    indirect case batch([Effect])
}

extension Effect {
    /// Runs a store write made by a key while no form is open; `.none` when it was
    /// stored, a refused value in the rule's own words ("Ange minuter 0–1440 …"), any
    /// other failure as "Kunde inte spara: …".
    /// - Parameters:
    ///   - strings: the catalogue.
    ///   - body: the work; its failure is shown, never dropped.
    static func attempt(_ strings: Strings, _ body: () throws -> Void) -> Effect {
        do {
            try body()
            return .none
        } catch let failure as any FieldFailure {
            return .error(ErrorText.describe(failure, strings))
        } catch {
            return .error(strings.couldNotSave(error))
        }
    }

    /// Reloads a screen's data after it changed something; a failed read in words.
    static func reloading(_ strings: Strings, _ body: () throws -> Void) -> Effect {
        do {
            try body()
            return .none
        } catch {
            return .error(strings.couldNotRead(error))
        }
    }

    /// After a write that worked: reloads, then says what was stored; a failed read in
    /// words instead, so the status never claims a screen shows what it could not read.
    /// - Parameters:
    ///   - strings: the catalogue.
    ///   - status: what was stored, for the status line.
    ///   - body: the reload.
    static func reloaded(_ strings: Strings, status: String, _ body: () throws -> Void) -> Effect {
        do {
            try body()
            return .status(status)
        } catch {
            return .error(strings.couldNotRead(error))
        }
    }

    /// This effect, then the other (a status after a reload that worked, say); a failure
    /// is not followed by anything that would hide it.
    func then(_ next: Effect) -> Effect {
        switch (self, next) {
        case (.error, _): return self
        case (.none, _): return next
        case (_, .none): return self
        default: return .batch([self, next])
        }
    }
}
