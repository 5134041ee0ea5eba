/// Error messages in the catalogue's language.
extension Strings {
    /// "Kunde inte spara: …" with the reason in words (see `ErrorText`).
    /// - Parameter error: what the store or the domain threw.
    public func couldNotSave(_ error: any Error) -> String {
        format("error.store", ErrorText.describe(error, self))
    }
}
