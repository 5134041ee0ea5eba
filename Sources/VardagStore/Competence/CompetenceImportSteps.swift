import VardagDomain

extension AppDatabase {
    /// A checked row's completed steps, kept inside the row instead of in an array of its own.
    ///
    /// An import holds every row of the file until it writes them in person-id order; an
    /// array of `StepCompletion` per row was 54,000 small allocations and 7.7 MB of the
    /// import's peak memory at 60,000 staff. Here each step is one `UInt32` in the row: 0
    /// when not done, else the date packed as `((year · 16 + month) · 32 + day) · 2 +
    /// validering`, plus 1.
    struct ImportSteps {
        /// Step n's packed completion at index n − 1.
        private var packed: InlineArray<5, UInt32> = .init(repeating: 0)
        /// How many steps are done.
        private(set) var count = 0

        /// Records a completed step (1 to 5; a later one of the same step replaces it).
        mutating func record(_ completion: StepCompletion) {
            let index = completion.step - 1
            if packed[index] == 0 { count += 1 }
            packed[index] = Self.pack(completion)
        }

        /// A completion's date and validering as one non-zero number (its step is not in it).
        static func pack(_ completion: StepCompletion) -> UInt32 {
            let date = completion.date
            let day = UInt32((date.year * 16 + date.month) * 32 + date.day)
            return day * 2 + (completion.validering ? 1 : 0) + 1
        }

        /// Step `step`'s completion from its packed number (nil only for a number not made by `pack`).
        static func unpack(_ value: UInt32, step: Int) -> StepCompletion? {
            guard value != 0 else { return nil }
            let day = Int((value - 1) >> 1)
            guard let date = try? LocalDate(year: day / 512, month: (day / 32) % 16, day: day % 32) else { return nil }
            return StepCompletion(step: step, date: date, validering: (value - 1) & 1 == 1)
        }

        /// The completed steps in step order.
        var completions: [StepCompletion] {
            var result: [StepCompletion] = []
            result.reserveCapacity(count)
            forEach { result.append($0) }
            return result
        }

        /// Calls `body` with each completed step, in step order, without making an array.
        func forEach(_ body: (StepCompletion) throws -> Void) rethrows {
            // Packed from a valid LocalDate, so every non-zero number makes one again.
            for index in 0..<Ladder.stepCount {
                if let completion = Self.unpack(packed[index], step: index + 1) { try body(completion) }
            }
        }
    }
}
