/// The version printed by `vardag --version`.
enum VardagVersion {
    static let string = "0.1.0"
}
