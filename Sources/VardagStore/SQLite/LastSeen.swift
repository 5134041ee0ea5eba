import Foundation

/// A number remembered between calls from any thread, for telling that it changed.
final class LastSeen: @unchecked Sendable {
    private var value: Int64?
    private let lock = NSLock()

    /// Stores `new`; true when a different number was stored before (not on the first call).
    func replace(with new: Int64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        defer { value = new }
        return value.map { $0 != new } ?? false
    }
}
