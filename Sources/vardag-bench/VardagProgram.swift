import Foundation

/// Where the `vardag` binary is that a benchmark runs as a new process.
enum VardagProgram {
    /// The `--vardag` option when given, else the `vardag` beside this program (as `make
    /// bench` builds them).
    /// - Parameter option: the command's `--vardag` value.
    static func path(_ option: String?) -> String {
        if let option { return option }
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return own.deletingLastPathComponent().appendingPathComponent("vardag").path
    }
}
