import Foundation

/// How a PostgreSQL write that the server refused for a serialization failure or a
/// deadlock is tried again: after a pause that doubles with jitter, within a time budget,
/// and, after a few failures, in turn with the other writes that keep failing.
///
/// Why these three parts (measured with `vardag-bench concurrency`, 20 processes × 200
/// writes on the same teams, diary days and monthly sums, debug build on 2 busy cores):
/// - The pause doubles from 1 ms to at most 64 ms and is drawn at random from the upper
///   half of that span, so two clients that collided part ways instead of colliding again
///   at the same moment, and a write on a quiet database never waits long.
/// - A write that failed `attemptsBeforeTakingTurns` times is on a row many others are
///   writing; plain retries let it lose again and again (with pauses alone, 25 and 42 of
///   the 4,000 writes were still refused after 5 s). From then on it first takes a
///   PostgreSQL advisory lock that every such write shares, so the writes that keep failing
///   go through one at a time and no longer fail against each other; none failed then.
///   Writes on their first attempts do not wait for the lock: making every write take it
///   shared and a failing one exclusive, so that it runs alone, halved the writes per
///   second (every exclusive turn stops all writing) and did not shorten the longest wait.
/// - The budget bounds how long a person waits: a write still refused after `budget`
///   seconds gives up, and the server's refusal reaches the user in words ("someone else
///   is using the database right now; nothing was saved"), never as a crash.
struct WriteRetryPolicy: Sendable {
    /// The longest time from the first attempt to the last, in seconds.
    var budget: TimeInterval = 5
    /// The first pause, in seconds; each later one is twice the one before.
    var firstPause: TimeInterval = 0.001
    /// The longest pause, in seconds.
    var longestPause: TimeInterval = 0.064
    /// Failed attempts after which a write waits for its turn (the advisory lock).
    var attemptsBeforeTakingTurns = 2

    /// The policy every write uses.
    static let standard = WriteRetryPolicy()

    /// The advisory lock key that writes taking turns share ("vardag" and 1 in hex).
    static let turnLockKey: Int64 = 0x7661_7264_6167_0001

    /// The pause before the next attempt, after `failures` failed attempts (1 or more):
    /// a random time in the upper half of 1, 2, 4 … 64 ms.
    func pause(afterFailures failures: Int) -> TimeInterval {
        let doubled = firstPause * pow(2, Double(min(max(failures, 1), 32) - 1))
        let ceiling = min(longestPause, doubled)
        return Double.random(in: (ceiling / 2)...ceiling)
    }

    /// Whether another attempt fits in the budget, `elapsed` seconds after the first began
    /// and with the pause still to come.
    func allowsAnotherAttempt(elapsed: TimeInterval, pause: TimeInterval) -> Bool {
        elapsed + pause < budget
    }

    /// Whether the next attempt (after `failures` failed ones) waits for its turn first.
    func takesTurns(afterFailures failures: Int) -> Bool {
        failures >= attemptsBeforeTakingTurns
    }
}
