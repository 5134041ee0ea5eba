import VardagDomain
import VardagStore

/// The whole demo database, as `vardag demo` makes it: the register, each tool's demo on
/// top of it, and last the demo logins on people the tools placed.
public enum FullDemo {
    /// Fills an empty store with every demo, in the order each needs.
    /// - Parameters:
    ///   - store: the empty store.
    ///   - today: the demo's day (the dialogue and workload demos date their rows from it).
    /// - Returns: the demo logins, in the README's order.
    /// - Throws: the store's errors (on PostgreSQL, creating the login roles needs CREATEROLE).
    @discardableResult
    public static func populate(_ store: AppDatabase, today: LocalDate) throws -> [AccessDemo.Login] {
        _ = try DemoData.populate(store)
        _ = try DialogueDemo.populate(store, today: today)
        _ = try ShadowingDemoData.populate(store)
        _ = try WorkloadDemo.populate(store, today: today)
        _ = try CompetenceDemo.populate(store)
        _ = try SpreadingDemo.populate(store, today: today)
        _ = try StaffDemo.populate(store, today: today)
        try ShadowingDemoData.employHired(store)
        return try AccessDemo.populate(store)
    }
}
