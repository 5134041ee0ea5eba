import TerminalKit

extension Effect {
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
}
