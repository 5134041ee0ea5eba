import VardagDomain

extension AppDatabase {
    /// What a checked file changes, sorted into the writes that do it, in person-id order:
    /// the same sorting for both backends, so they write the same rows.
    ///
    /// Rows go in person-id order since both tables are keyed by the person: the B-trees
    /// are then filled from one end instead of at random places (measured with `sqlite3`:
    /// about a quarter less work for the same rows).
    struct ImportWritePlan {
        /// A completed step of a person.
        typealias Step = (id: Int64, completion: StepCompletion)

        /// Rows (indices into the file's rows) of people with no mapping stored: inserted.
        var newMappings: [Int] = []
        /// Rows of people with a mapping stored: updated where they differ.
        var storedMappings: [Int] = []
        /// Steps the file has that are not stored: inserted.
        var newSteps: [Step] = []
        /// Steps the file has that are stored: updated where they differ.
        var storedSteps: [Step] = []
        /// Stored steps of the file's people that the file no longer has: deleted.
        var staleSteps: [(id: Int64, step: Int)] = []

        /// Sorts a file's rows against what is stored.
        /// - Parameters:
        ///   - rows: the checked rows, new people already given their ids.
        ///   - stored: what was stored when the import's transaction began.
        init(_ rows: [ImportRow], stored: StoredCompetence) {
            // In person-id order (sorted here, not copied: the rows hold strings and arrays).
            var order = Array(rows.indices)
            order.sort { rows[$0].mapping.medarbetareId < rows[$1].mapping.medarbetareId }
            newSteps.reserveCapacity(rows.count * 3)
            for index in order {
                let mapping = rows[index].mapping
                let id = mapping.medarbetareId
                if stored.setValues[id] != nil { storedMappings.append(index) } else { newMappings.append(index) }
                let storedMask = stored.steps[id] ?? 0
                var fileMask = 0
                for completion in mapping.completions {
                    fileMask |= 1 << completion.step
                    if storedMask & (1 << completion.step) != 0 {
                        storedSteps.append((id, completion))
                    } else {
                        newSteps.append((id, completion))
                    }
                }
                for step in 1...Ladder.stepCount where storedMask & ~fileMask & (1 << step) != 0 { staleSteps.append((id, step)) }
            }
        }
    }
}
