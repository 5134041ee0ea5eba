import Foundation
import Glibc
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
