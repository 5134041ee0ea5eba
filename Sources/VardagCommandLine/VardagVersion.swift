/// The version printed by `vardag --version` and `vardag-bench --version`.
public enum VardagVersion {
    public static let string = "0.1.0"
}
