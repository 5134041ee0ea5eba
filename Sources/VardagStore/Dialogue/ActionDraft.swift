/// An åtgärd as typed into the form.
public struct ActionDraft: Hashable, Sendable {
    public var loopId: Int64
    public var what: String
    public var responsible: String
    public var due: String

    public init(loopId: Int64, what: String, responsible: String, due: String) {
        self.loopId = loopId
        self.what = what
        self.responsible = responsible
        self.due = due
    }
}
