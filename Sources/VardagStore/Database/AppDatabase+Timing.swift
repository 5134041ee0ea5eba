extension AppDatabase {
    /// Runs `body` in a read on the store's own connection, for the benchmarks to time a
    /// statement exactly as the store runs it (prepared once, parameters bound), on
    /// either backend.
    ///
    /// Benchmarks only (`vardag-bench`, with `@_spi(Seeding)`): the app and the command
    /// line read through the intent-named methods.
    /// - Parameter body: the timed work, given the connection inside the read.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` threw, or the database's errors.
    @_spi(Seeding) public func readForTiming<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try writer.read(body)
    }
}
