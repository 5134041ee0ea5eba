import Foundation
import Glibc
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// The OS login of the process owner: on SQLite, who is working.
///
/// `$USER` and `$LOGNAME` are not asked: anyone can set them, and the audit must name the
/// account the process runs as. On PostgreSQL the store uses the server's session user instead.
func osLoginName() -> String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
        return String(cString: name)
    }
    return "uid\(geteuid())"
}

/// The longest login the audit trail takes, in characters.
let longestUserName = 100

/// The login of this run (`osLoginName`), checked as any free text is before it is stored:
/// the audit trail can never be changed afterwards, so a name with control characters,
/// escape sequences or bidi controls (which could retitle the terminal of whoever reads the
/// log, or hide what the name says) is refused.
/// - Parameter strings: the catalogue for the message.
/// - Returns: the name, NFC-normalised and trimmed.
/// - Throws: `CommandFailure` with exit code 64.
func workingLogin(_ strings: Strings) throws -> String {
    switch FreeText.check(osLoginName(), required: false, max: longestUserName) {
    case .success(let name): return name
    case .failure(.tooLong(let max)): throw CommandFailure(message: strings.format("cli.user.tooLong", max), exitCode: 64)
    case .failure: throw CommandFailure(message: strings["cli.user.controlCharacters"], exitCode: 64)
    }
}
