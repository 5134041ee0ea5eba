/// How one person stands against her title and ladder: the cells of one grid row and her gaps.
public struct CompetenceAssessment: Hashable, Sendable {
    /// The status per requirement, in `Requirement.all` order.
    public var cells: [Requirement: CellStatus]
    /// The certificate standing when the title is protected.
    public var standing: ProtectedTitleRule.Standing?

    /// The requirements missing or only planned: the gap.
    public var gaps: [Requirement] {
        Requirement.all.filter { cells[$0] == .missing || cells[$0] == .planned }
    }

    /// How many requirements apply and how many are met (transition counts as met for now).
    public var doneCount: Int { cells.values.filter { $0 == .done || $0 == .transition }.count }
    public var applicableCount: Int { cells.values.filter { $0 != .notApplicable }.count }

    /// Assesses a person.
    /// - Parameters:
    ///   - mapping: the person's mapping (education, certificate, steps).
    ///   - title: the person's uniform title, or nil when unmapped (education and certificate then count as missing).
    ///   - hasLadder: whether the person's area has a ladder (funktionshinder, socialpsykiatri, vård och omsorg).
    ///   - plannedSteps: steps covered by open plan items.
    ///   - today: the day to judge the transition rule.
    /// - Returns: the assessment.
    public static func assess(
        mapping: CompetenceMapping, title: CompetenceTitle?, hasLadder: Bool,
        plannedSteps: Set<Int> = [], today: LocalDate
    ) -> CompetenceAssessment {
        var cells: [Requirement: CellStatus] = [:]
        var standing: ProtectedTitleRule.Standing?
        if let title {
            cells[.education] = Self.meetsEducation(mapping, title) ? .done : .missing
            if title.certificateRequired || title.protected {
                if title.protected {
                    let rule = ProtectedTitleRule.standing(
                        certificate: mapping.certificate,
                        employedAsTitleOnProtectionDay: mapping.employedOnProtectionDay, today: today)
                    standing = rule
                    switch rule {
                    case .certified: cells[.certificate] = .done
                    case .transition: cells[.certificate] = .transition
                    case .missingCertificate: cells[.certificate] = .missing
                    }
                } else {
                    cells[.certificate] = mapping.certificate ? .done : .missing
                }
            } else {
                cells[.certificate] = .notApplicable
            }
        } else {
            cells[.education] = .missing
            cells[.certificate] = .notApplicable
        }
        for number in 1...Ladder.stepCount {
            if !hasLadder {
                cells[.step(number)] = .notApplicable
            } else if mapping.completion(of: number) != nil {
                cells[.step(number)] = .done
            } else {
                cells[.step(number)] = plannedSteps.contains(number) ? .planned : .missing
            }
        }
        return CompetenceAssessment(cells: cells, standing: standing)
    }

    /// Whether education meets a title's requirement: a higher kind always does; the same
    /// kind needs at least the title's points.
    /// - Parameters:
    ///   - mapping: the person's education.
    ///   - title: the title.
    /// - Returns: true when met.
    public static func meetsEducation(_ mapping: CompetenceMapping, _ title: CompetenceTitle) -> Bool {
        if mapping.educationKind > title.educationKind { return true }
        if mapping.educationKind < title.educationKind { return false }
        return mapping.points >= title.points
    }
}
