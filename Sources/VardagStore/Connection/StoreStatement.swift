/// A prepared statement on one connection, run again with new arguments.
public protocol StoreStatement: AnyObject {
    /// Runs the statement and discards any rows.
    func execute(arguments: StoreArguments) throws
    /// Runs the statement and reads its rows one at a time.
    func makeCursor(arguments: StoreArguments) throws -> StoreRowCursor
}

extension StoreStatement {
    /// Runs the statement without parameters.
    public func execute() throws {
        try execute(arguments: [])
    }
}
