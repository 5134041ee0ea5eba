import Foundation

/// Where the database file lives when the user does not say.
public enum DatabaseLocation {
    /// The file name inside the data directory.
    public static let fileName = "vardag.sqlite"

    /// Resolves the database path: `--db PATH`, else `VARDAG_DB`, else
    /// `$XDG_DATA_HOME/vardag/vardag.sqlite`, else `~/.local/share/vardag/vardag.sqlite`.
    ///
    /// Empty values count as unset; a relative `XDG_DATA_HOME` is ignored, as the XDG
    /// specification requires. A relative `--db` or `VARDAG_DB` is taken relative to the
    /// current directory.
    /// - Parameters:
    ///   - explicit: the value of `--db`, if given.
    ///   - environment: the process environment (`ProcessInfo.processInfo.environment`).
    /// - Returns: the file URL; nothing is created.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty {
            return URL(fileURLWithPath: explicit).standardizedFileURL
        }
        if let fromEnvironment = environment["VARDAG_DB"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment).standardizedFileURL
        }
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local", isDirectory: true)
                .appendingPathComponent("share", isDirectory: true)
        }
        return dataHome
            .appendingPathComponent("vardag", isDirectory: true)
            .appendingPathComponent(fileName)
            .standardizedFileURL
    }

    /// The name recorded in the audit trail when `--user` is not given: `$USER`, else `$LOGNAME`, else "unknown".
    /// - Parameter environment: the process environment.
    /// - Returns: the user name.
    public static func defaultUser(environment: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] {
            if let value = environment[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                return value
            }
        }
        return "unknown"
    }
}
