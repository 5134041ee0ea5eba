import TerminalKit

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
    /// Runs a store write or read; `.none` when it worked, else the failure in words
    /// ("Kunde inte spara: …") as an error line.
    /// - Parameters:
    ///   - strings: the catalogue.
    ///   - body: the work; its failure is shown, never dropped.
    static func attempt(_ strings: Strings, _ body: () throws -> Void) -> Effect {
        do {
            try body()
            return .none
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
