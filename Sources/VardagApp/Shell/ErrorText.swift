import VardagDomain
import VardagStore

/// Describes any error the store or the domain throws in the user's language.
///
/// The store's and the domain's own descriptions are for logs (English, or Swedish in
/// older types); what a user reads comes from the catalogue, in the language of
/// `--lang`. Each tool's field errors keep their own texts (`DialogueText.error`, …);
/// this is the one place that picks the right one for an error of any type, so that no
/// screen and no command shows an untranslated description.
public enum ErrorText {
    /// The message for an error, in the catalogue's language.
    /// - Parameters:
    ///   - error: what was thrown.
    ///   - s: the catalogue.
    /// - Returns: one line for the status bar, a form or stderr.
    public static func describe(_ error: any Error, _ s: Strings) -> String {
        switch error {
        case let error as StoreError: return store(error, s)
        case let error as DialogueError: return DialogueText.error(error, s)
        case let failure as DialogueFailure:
            return joined(failure.errors.sorted { $0.key.rawValue < $1.key.rawValue }.map { DialogueText.error($0.value, s) })
        case let error as WorkloadError: return WorkloadText.error(error, s)
        case let failure as WorkloadFailure: return WorkloadText.failure(failure, s)
        case let error as ValidationError: return RegisterText.validation(error, s)
        case let failure as ValidationFailure:
            return joined(failure.errors.sorted { $0.key.rawValue < $1.key.rawValue }.map { RegisterText.validation($0.value, s) })
        case let problem as ShadowingProblem: return ShadowingText.problem(problem, s)
        case let failure as ShadowingValidationFailure:
            return joined(failure.problems.map { ShadowingText.problem($0.value, s) }.sorted())
        case let error as CompetenceError: return competence(error, s)
        case let error as LocalDateError: return date(error, s)
        case let error as IsoWeekError: return week(error, s)
        case let error as RetentionDurationError: return retention(error, s)
        case let problem as StaffFigureProblem: return StaffText.problem(problem, s)
        case let failure as StaffFigureFailure: return StaffText.failure(failure, s)
        case let error as any WordedError: return error.text(s)
        default:
            if let refusal = DatabaseRefusal(error) { return database(refusal, s) }
            // Only the type's name: an unknown error's description may hold
            // anything (SQL, paths, English), and is no text for a user.
            return s.format("error.unexpected", String(describing: type(of: error)))
        }
    }

    /// A refusal of the database engine; nothing was stored.
    static func database(_ refusal: DatabaseRefusal, _ s: Strings) -> String {
        switch refusal {
        case .busy: return s["error.database.busy"]
        case .diskFull: return s["error.database.diskFull"]
        case .readOnly: return s["error.database.readOnly"]
        case .constraint: return s["error.database.constraint"]
        case .damaged: return s["error.database.damaged"]
        case .serverUnavailable: return s["error.database.serverUnavailable"]
        case .other(let message): return s.format("error.database.other", message)
        }
    }

    private static func joined(_ parts: [String]) -> String {
        var seen = Set<String>()
        return parts.filter { seen.insert($0).inserted }.joined(separator: " ")
    }

    /// Opening and writing the database file.
    static func store(_ error: StoreError, _ s: Strings) -> String {
        switch error {
        case .notADatabase(let path): return s.format("error.store.notADatabase", path)
        case .pathIsDirectory(let path): return s.format("error.store.pathIsDirectory", path)
        case .newerSchema(let path, let unknown): return s.format("error.store.newerSchema", path, unknown.joined(separator: ", "))
        case .cannotCreateDirectory(let path, let reason): return s.format("error.store.cannotCreateDirectory", path, systemReason(reason, s))
        case .cannotCreateFile(let path, let reason): return s.format("error.store.cannotCreateFile", path, systemReason(reason, s))
        case .readOnly(let path): return s.format("error.store.readOnly", path)
        case .permissionDenied(let path): return s.format("error.store.permissionDenied", path)
        case .cannotOpen(let path, let reason): return s.format("error.store.cannotOpen", path, systemReason(reason, s))
        case .notFound(let entity, let id): return s.format("error.store.notFound", entity, id)
        case .databaseNotEmpty: return s["error.store.databaseNotEmpty"]
        case .cannotWriteFile(let path, let reason): return s.format("error.store.cannotWriteFile", path, systemReason(reason, s))
        case .emptyFile(let path): return s.format("error.store.emptyFile", path)
        case .foreignDatabase(let path): return s.format("error.store.foreignDatabase", path)
        case .damaged(let path): return s.format("error.store.damaged", path)
        case .missingDirectory(let path): return s.format("error.store.missingDirectory", path)
        case .diskFull(let path): return s.format("error.store.diskFull", path)
        case .destinationExists(let path): return s.format("error.store.destinationExists", path)
        case .notARegularFile(let path): return s.format("error.store.notARegularFile", path)
        case .serverUnreachable(let server, let reason): return s.format("error.store.serverUnreachable", server, reason)
        case .loginRefused(let server, let reason): return s.format("error.store.loginRefused", server, reason)
        case .noSuchServerDatabase(let server, let reason): return s.format("error.store.noSuchServerDatabase", server, reason)
        case .foreignServerDatabase(let server): return s.format("error.store.foreignServerDatabase", server)
        }
    }

    /// The operating system's reasons (`strerror`, always English) that a person meets
    /// when a path is wrong, in the catalogue's words; any other reason as it is.
    static let systemReasons: [String: String] = [
        "No such file or directory": "error.reason.noSuchFile",
        "Permission denied": "error.reason.permissionDenied",
        "Is a directory": "error.reason.isDirectory",
        "Not a directory": "error.reason.notADirectory",
        "No space left on device": "error.reason.diskFull",
        "File too large": "error.reason.diskFull",
        "Read-only file system": "error.reason.readOnlyFileSystem",
    ]

    /// A reason from the system in the catalogue's language when it is one of `systemReasons`.
    static func systemReason(_ reason: String, _ s: Strings) -> String {
        systemReasons[reason].map { s[$0] } ?? reason
    }

    /// A competence rule, with the field named in words.
    static func competence(_ error: CompetenceError, _ s: Strings) -> String {
        let field = s["error.field.\(error.field.rawValue)"]
        switch error {
        case .required: return s.format("error.competence.required", field)
        case .pointsOutOfRange(let value): return s.format("error.competence.points", value)
        case .yearOutOfRange(let value): return s.format("error.competence.year", value)
        case .notANumber(_, let text): return s.format("error.competence.notANumber", field, text)
        case .invalidDate(_, let text): return s.format("error.competence.date", field, text)
        case .unknownStep(let step): return s.format("error.competence.unknownStep", step)
        case .stepOutOfOrder(let step, let missing): return s.format("competence.error.order", step, missing)
        case .ladderNeedsFiveSteps: return s["error.competence.fiveSteps"]
        case .unknownTitle(let title): return s.format("error.competence.unknownTitle", title)
        case .titleExists(let title): return s.format("error.competence.titleExists", title)
        case .thresholdOutOfRange(let value): return s.format("error.competence.threshold", value)
        case .costOutOfRange(let value): return s.format("error.competence.cost", value)
        case .tooLong(_, let max): return s.format("error.competence.tooLong", field, max)
        case .invalidCharacters: return s["input.controlCharacters"]
        }
    }

    static func date(_ error: LocalDateError, _ s: Strings) -> String {
        switch error {
        case .malformed(let text): return s.format("error.date.malformed", text)
        case .yearOutOfRange(let year): return s.format("error.date.year", year)
        case .monthOutOfRange(let month): return s.format("error.date.month", month)
        case .dayOutOfRange(let day, let length): return s.format("error.date.day", day, length)
        }
    }

    static func week(_ error: IsoWeekError, _ s: Strings) -> String {
        switch error {
        case .malformed(let text): return s.format("error.week.malformed", text)
        case .outOfRange(let year, let week): return s.format("error.week.range", year, week)
        }
    }

    static func retention(_ error: RetentionDurationError, _ s: Strings) -> String {
        switch error {
        case .empty: return s["error.retention.empty"]
        case .missingUnit(let text): return s.format("error.retention.missingUnit", text)
        case .unknownUnit(let text): return s.format("error.retention.unknownUnit", text)
        case .notANumber(let text): return s.format("error.retention.notANumber", text)
        case .leadingZero(let text): return s.format("error.retention.leadingZero", text)
        case .outOfRange(let amount): return s.format("error.retention.range", amount)
        }
    }
}
