/// Error messages in the catalogue's language.
extension Strings {
    /// "Kunde inte spara: …" with the reason in words (see `ErrorText`).
    /// - Parameter error: what the store or the domain threw.
    public func couldNotSave(_ error: any Error) -> String {
        format("error.store", ErrorText.describe(error, self))
    }

    /// "Kunde inte läsa: …" with the reason in words, for a screen whose data did not load.
    /// - Parameter error: what the store threw.
    public func couldNotRead(_ error: any Error) -> String {
        format("error.read", ErrorText.describe(error, self))
    }
}
