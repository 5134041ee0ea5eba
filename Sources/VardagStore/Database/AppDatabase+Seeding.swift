
extension AppDatabase {
    /// Runs a generator of demo or benchmark data in one write transaction.
    ///
    /// This and the connection-level inserts marked `@_spi(Seeding)` (`insertKommun`,
    /// `insertMedarbetare`, `insertLoop`, `writeDayEntry`, `recordAudit`, …) are the store's
    /// seeding interface, for the `VardagDemo` target only: a generator writes thousands of
    /// rows through the same validated inserts and audit trail as the app's intents, or
    /// with prepared statements at benchmark volumes, and all of them commit or roll back
    /// together. The app and the command line import `VardagStore` without the SPI and do
    /// not see any of it.
    /// - Parameter body: the generator, given the connection inside the transaction.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` threw (the transaction is rolled back), or the database's errors.
    @_spi(Seeding) public func writeGeneratedData<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try writer.write(body)
    }
}
