import GRDB

extension AppDatabase {
    /// WAL pages after which a commit of the interactive app still checkpoints on the
    /// spot (about 40 MB): the bound for someone who types for minutes without a pause.
    public static let interactiveCheckpointPages = 10_000

    /// Moves SQLite's WAL checkpoints off the key path, for the interactive app.
    ///
    /// By default the commit that takes the WAL past 1000 pages copies them all into the
    /// database file and syncs it before it returns: 100–130 ms inside one key press, every
    /// few hundred ratings. Here that only happens past `interactiveCheckpointPages`; the
    /// app calls `checkpointWhenIdle()` when no key came for a moment instead. Other
    /// openings (imports, exports, the command line) keep SQLite's default. Nothing
    /// happens on PostgreSQL.
    /// - Throws: when the pragma cannot be set.
    public func deferCheckpointsToIdle() throws {
        guard let pool = sqlite as? DatabasePool else { return }
        // The pool's one writer connection is the one whose commits checkpoint.
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.interactiveCheckpointPages)")
        }
    }

    /// Copies what the WAL holds into the database file, without waiting for readers or
    /// other Vardags (a passive checkpoint): for the app's idle moments. Cheap when there
    /// is nothing to copy. A failure is not an error (the next idle moment tries again).
    /// - Returns: whether the database file now holds everything the WAL does (always
    ///   true on PostgreSQL).
    @discardableResult
    public func checkpointWhenIdle() -> Bool {
        guard let pool = sqlite as? DatabasePool else { return true }
        guard let frames = try? pool.writeWithoutTransaction({ db in try db.checkpoint(.passive) }) else { return false }
        return frames.walFrameCount == frames.checkpointedFrameCount
    }
}
