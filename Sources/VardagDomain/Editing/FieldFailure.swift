/// A refusal of typed input with an error per field, so that a form can show each
/// error at the field it belongs to.
///
/// Every tool's failure type conforms, so one editor places the errors of any tool.
public protocol FieldFailure: Error {
    /// Each refused field's id (the id the form gives that field) and its error,
    /// in a stable order.
    var fieldErrors: [(field: String, error: any Error)] { get }
}

extension WorkloadFailure: FieldFailure {
    public var fieldErrors: [(field: String, error: any Error)] {
        errors.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, $0.value) }
    }
}

extension DialogueFailure: FieldFailure {
    public var fieldErrors: [(field: String, error: any Error)] {
        errors.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, $0.value) }
    }
}

extension ValidationFailure: FieldFailure {
    public var fieldErrors: [(field: String, error: any Error)] {
        errors.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, $0.value) }
    }
}

extension ShadowingValidationFailure: FieldFailure {
    public var fieldErrors: [(field: String, error: any Error)] {
        let sorted = problems.sorted { $0.key.description < $1.key.description }
        return sorted.map { entry -> (field: String, error: any Error) in (entry.key.description, entry.value) }
    }
}

extension CompetenceError: FieldFailure {
    public var fieldErrors: [(field: String, error: any Error)] { [(field.rawValue, self)] }
}
