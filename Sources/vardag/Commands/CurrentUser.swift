import Foundation
import Glibc
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// The name recorded as author of changes: `$USER` or `$LOGNAME`, else the login
/// name of the process owner (containers and cron often set neither variable).
func currentUserName(environment: [String: String]) -> String {
    let fromEnvironment = DatabaseLocation.defaultUser(environment: environment)
    if fromEnvironment != "unknown" { return fromEnvironment }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
        return String(cString: name)
    }
    return fromEnvironment
}

/// The longest author name the audit trail takes, in characters.
let longestUserName = 100

/// The author of this run's changes, `--user` or else `currentUserName`, checked as any
/// free text is before it is stored: the audit trail can never be changed afterwards, so
/// a name with control characters, escape sequences or bidi controls (which could
/// retitle the terminal of whoever reads the log, or hide what the name says) is refused.
/// - Parameters:
///   - explicit: the value of `--user`, if given.
///   - environment: the process environment.
///   - strings: the catalogue for the message.
/// - Returns: the name, NFC-normalised and trimmed.
/// - Throws: `CommandFailure` with exit code 64 (a bad argument).
func auditUserName(explicit: String?, environment: [String: String], _ strings: Strings) throws -> String {
    switch FreeText.check(explicit ?? currentUserName(environment: environment), required: false, max: longestUserName) {
    case .success(let name): return name
    case .failure(.tooLong(let max)): throw CommandFailure(message: strings.format("cli.user.tooLong", max), exitCode: 64)
    case .failure: throw CommandFailure(message: strings["cli.user.controlCharacters"], exitCode: 64)
    }
}
