/// A person the import added to the register (or would add, in a dry run) because the file
/// named her and `createMissing` was given.
public struct CompetenceImportNewPerson: Hashable, Sendable {
    /// The file line of her row.
    public var line: Int
    /// Her id; nil in a dry run.
    public var id: Int64?
    public var name: String
    public var kommun: String
    public var enhet: String
    public var team: String
}
