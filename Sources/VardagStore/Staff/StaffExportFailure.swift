/// Why a staff export could not be made.
public enum StaffExportFailure: Error, Hashable, Sendable {
    /// No active kommun has this name.
    case unknownKommun(String)
}
