/// Runs and reports the PostgreSQL migrations (`PostgresMigrations`), recording each
/// applied identifier in `vardag_migrations`.
enum PostgresMigrator {
    static func schemaVersion(_ writer: any StoreWriter) throws -> SchemaVersion {
        fatalError("todo")
    }

    static func integrityCheck(_ writer: any StoreWriter) throws -> [String] {
        fatalError("todo")
    }
}
