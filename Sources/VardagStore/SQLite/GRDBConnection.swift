import GRDB

/// A GRDB `Database` seen as a `StoreConnection`: statements are GRDB's cached ones, and
/// rows are copied out of GRDB's reused row into `StoreRow`s.
final class GRDBConnection: StoreConnection {
    /// The GRDB connection, valid only inside the GRDB closure that made this value.
    let db: Database

    init(_ db: Database) {
        self.db = db
    }

    var dialect: SQLDialect { .sqlite }

    func cachedStatement(sql: String) throws -> any StoreStatement {
        GRDBStatement(try db.cachedStatement(sql: sql))
    }

    func execute(script: String) throws {
        try db.execute(sql: script)
    }

    func lastInsertedRowID() throws -> Int64 {
        db.lastInsertedRowID
    }

    var changesCount: Int { db.changesCount }

    func tableExists(_ name: String) throws -> Bool {
        try db.tableExists(name)
    }

    func beginSecureDelete() throws -> () -> Void {
        let secureDelete = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
        try db.execute(sql: "PRAGMA secure_delete = ON")
        return { [db] in try? db.execute(sql: "PRAGMA secure_delete = \(secureDelete)") }
    }

    func dropOldPages() {
        _ = try? db.checkpoint(.truncate)
    }

    func inTransaction(_ body: () throws -> Void) throws {
        try db.inTransaction(.immediate) {
            try body()
            return .commit
        }
    }
}

/// A GRDB `Statement` seen as a `StoreStatement`.
final class GRDBStatement: StoreStatement {
    private let statement: Statement
    private lazy var columns = StoreColumns(statement.columnNames)

    init(_ statement: Statement) {
        self.statement = statement
    }

    func execute(arguments: StoreArguments) throws {
        try statement.execute(arguments: Self.grdbArguments(arguments))
    }

    func makeCursor(arguments: StoreArguments) throws -> StoreRowCursor {
        let cursor = try Row.fetchCursor(statement, arguments: Self.grdbArguments(arguments))
        let columns = self.columns
        // Values straight from the statement by position: a GRDB row seen as a collection
        // makes a String of the column's name for every value it yields.
        let sqliteStatement = statement.sqliteStatement
        let count = CInt(statement.columnCount)
        return StoreRowCursor {
            guard try cursor.next() != nil else { return nil }
            var values: [StoreValue] = []
            values.reserveCapacity(Int(count))
            for index in 0..<count {
                values.append(Self.storeValue(DatabaseValue(sqliteStatement: sqliteStatement, index: index)))
            }
            return StoreRow(columns: columns, values: values)
        }
    }

    /// GRDB's arguments for the store's.
    static func grdbArguments(_ arguments: StoreArguments) -> StatementArguments {
        StatementArguments(arguments.values.map(databaseValue))
    }

    /// GRDB's value for the store's.
    static func databaseValue(_ value: StoreValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .integer(let number): return number.databaseValue
        case .real(let number): return number.databaseValue
        case .text(let text): return text.databaseValue
        case .blob(let data): return data.databaseValue
        }
    }

    /// The store's value for GRDB's.
    static func storeValue(_ value: DatabaseValue) -> StoreValue {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .integer(number)
        case .double(let number): return .real(number)
        case .string(let text): return .text(text)
        case .blob(let data): return .blob(data)
        }
    }
}
