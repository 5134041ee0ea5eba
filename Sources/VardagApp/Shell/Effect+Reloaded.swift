extension Effect {
    /// Reloads a screen after a write that worked, then says what was stored; a failed
    /// read wins the status line instead, since what the screen shows may be stale.
    /// - Parameters:
    ///   - strings: the catalogue.
    ///   - status: what was stored, in words ("Åtgärden är sparad.").
    ///   - body: the reload.
    static func reloaded(_ strings: Strings, saying status: String, _ body: () throws -> Void) -> Effect {
        let read = reloading(strings, body)
        if case .none = read { return .status(status) }
        return read
    }
}
