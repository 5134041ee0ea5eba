import Foundation
import VardagDomain

/// A date that a test moves forward, read by the app before each event.
final class MovingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: LocalDate

    init(_ date: LocalDate) { self.date = date }

    var today: LocalDate {
        get { lock.withLock { date } }
        set { lock.withLock { date = newValue } }
    }
}
