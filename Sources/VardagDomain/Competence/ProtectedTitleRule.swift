/// The rule for the protected title undersköterska (SOSFS/HSLF 2023, in force 2023-07-01).
///
/// From 2023-07-01 only holders of Socialstyrelsen's certificate may call themselves
/// undersköterska. Someone employed as undersköterska on 2023-07-01 may keep using the
/// title without the certificate until 2033-06-30 (övergångsbestämmelse).
public enum ProtectedTitleRule {
    /// The day the title became protected.
    public static let protectedFrom = try! LocalDate(year: 2023, month: 7, day: 1)
    /// The last day of the transition.
    public static let transitionEnds = try! LocalDate(year: 2033, month: 6, day: 30)

    /// How a person stands against a protected title's certificate rule.
    public enum Standing: Hashable, Sendable {
        /// Holds the certificate (or the title is not protected).
        case certified
        /// Relies on the transition; may use the title for `daysLeft` more days (0 on the last day).
        case transition(daysLeft: Int)
        /// Has no certificate and no right to the transition (or it has ended).
        case missingCertificate
    }

    /// Whether a person may use a protected title on a day.
    /// - Parameters:
    ///   - certificate: whether the person holds the certificate.
    ///   - employedAsTitleOnProtectionDay: whether the person was employed with this title on 2023-07-01.
    ///   - today: the day to judge.
    /// - Returns: the standing.
    public static func standing(certificate: Bool, employedAsTitleOnProtectionDay: Bool, today: LocalDate) -> Standing {
        if certificate { return .certified }
        if today < protectedFrom { return .certified }
        if employedAsTitleOnProtectionDay && today <= transitionEnds {
            return .transition(daysLeft: today.days(to: transitionEnds))
        }
        return .missingCertificate
    }

    /// Whether someone could have been employed with the title on 2023-07-01, judged from the
    /// employment start (a default for the mapping; the flag itself is what the rule uses).
    /// - Parameter startDate: the employment start.
    /// - Returns: true when the employment started on or before 2023-07-01.
    public static func couldRelyOnTransition(startDate: LocalDate) -> Bool {
        startDate <= protectedFrom
    }
}
