/// A record whose edit form is saved by a three-way merge: only the fields the person
/// changed are written, and a change someone else saved meanwhile is never lost unseen.
public protocol FieldMergeable: Equatable, Sendable {
    /// The fields an edit form can change, in the form's order.
    static var mergeFields: [MergeField<Self>] { get }
}
