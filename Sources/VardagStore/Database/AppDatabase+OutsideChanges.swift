extension AppDatabase {
    /// Whether another program (another Vardag, on this machine or another) has changed
    /// the database since the last call; the app asks when idle and reloads what it shows.
    /// - Returns: false on the first call.
    /// - Throws: when the database server cannot be reached (it is tried again on the next call).
    public func hasOutsideChanges() throws -> Bool {
        try writer.hasOutsideChanges()
    }
}
