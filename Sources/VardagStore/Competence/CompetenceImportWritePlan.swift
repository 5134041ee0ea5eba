import VardagDomain

extension AppDatabase {
    /// What a checked file changes, sorted into the writes that do it, in person-id order:
    /// the same sorting for both backends, so they write the same rows.
    ///
    /// Rows go in person-id order since both tables are keyed by the person: the B-trees
    /// are then filled from one end instead of at random places (measured with `sqlite3`:
    /// about a quarter less work for the same rows).
    struct ImportWritePlan {
        /// A completed step of a person, in 16 bytes (a 135,000-step file makes two arrays of them).
        struct Step {
            /// The person.
            let id: Int64
            /// The date and validering, as `ImportSteps.pack` makes them.
            private let packed: UInt32
            private let step: UInt8

            init(id: Int64, completion: StepCompletion) {
                self.id = id
                packed = ImportSteps.pack(completion)
                step = UInt8(completion.step)
            }

            /// The step with its date and validering.
            var completion: StepCompletion {
                // Made from a StepCompletion in `init`, so it always unpacks (the default is never used).
                ImportSteps.unpack(packed, step: Int(step)) ?? StepCompletion(step: Int(step), date: .today())
            }
        }

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
            // Every step of the file is one or the other: reserved once, never grown by doubling.
            let fileSteps = rows.reduce(0) { $0 + $1.steps.count }
            newSteps.reserveCapacity(fileSteps)
            storedSteps.reserveCapacity(fileSteps)
            for index in order {
                let id = rows[index].mapping.medarbetareId
                if stored.setValues[id] != nil { storedMappings.append(index) } else { newMappings.append(index) }
                let storedMask = stored.steps[id] ?? 0
                var fileMask = 0
                rows[index].steps.forEach { completion in
                    fileMask |= 1 << completion.step
                    if storedMask & (1 << completion.step) != 0 {
                        storedSteps.append(Step(id: id, completion: completion))
                    } else {
                        newSteps.append(Step(id: id, completion: completion))
                    }
                }
                for step in 1...Ladder.stepCount where storedMask & ~fileMask & (1 << step) != 0 { staleSteps.append((id, step)) }
            }
        }
    }
}
