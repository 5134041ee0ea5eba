extension CompetenceImportRegister {
    /// The register's active people by id, as one array in id order.
    ///
    /// A dictionary of 60,000 people took 5.3 MB (its buckets are twice the people, each
    /// with the key beside the value), a fifth of the import's peak memory; the array
    /// takes 1.9 MB, and a lookup is a binary search over it (about 16 steps).
    struct PeopleById {
        /// Every person, in id order once `sortIfNeeded()` has run.
        private(set) var values: [Person] = []
        /// Whether the people were added in id order (SQLite reads them so).
        private var sorted = true

        /// How many people there are.
        var count: Int { values.count }

        /// Makes room for this many people.
        mutating func reserveCapacity(_ count: Int) { values.reserveCapacity(count) }

        /// Adds a person (in any order: call `sortIfNeeded()` before looking anyone up).
        mutating func add(_ person: Person) {
            if let last = values.last, last.id >= person.id { sorted = false }
            values.append(person)
        }

        /// Puts the people in id order if they were not added so; the first of equal ids stays.
        mutating func sortIfNeeded() {
            guard !sorted else { return }
            values.sort { $0.id < $1.id }
            sorted = true
        }

        /// The person with this id, if she is active.
        subscript(id: Int64) -> Person? {
            var low = 0, high = values.count
            while low < high {
                let middle = (low + high) / 2
                if values[middle].id < id { low = middle + 1 } else { high = middle }
            }
            return low < values.count && values[low].id == id ? values[low] : nil
        }
    }
}
