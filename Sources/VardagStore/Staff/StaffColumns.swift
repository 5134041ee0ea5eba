import VardagDomain

/// The columns of `staff_month` that hold the figures, one per `StaffField`, in its order,
/// and the conversion between a row's integers and `StaffFigures` (hundredths for decimals).
enum StaffColumns {
    /// The column of each field.
    static func column(_ field: StaffField) -> String {
        switch field {
        case .headcount: return "headcount"
        case .fte: return "fte_hundredths"
        case .newHires: return "new_hires"
        case .leftOwnRequest: return "left_own_request"
        case .leftRetirement: return "left_retirement"
        case .leftFixedTerm: return "left_fixed_term"
        case .leftOther: return "left_other"
        case .sickHoursShort: return "sick_short_hundredths"
        case .sickHoursLong: return "sick_long_hundredths"
        case .scheduledHours: return "scheduled_hundredths"
        case .vacancies: return "vacancies"
        case .openRecruitments: return "open_recruitments"
        }
    }

    /// Every figure column, comma-separated, in field order.
    static let list = list(prefix: "")

    /// Every figure column, each after a prefix (a table alias and its point), comma-separated.
    static func list(prefix: String) -> String { StaffField.allCases.map { prefix + column($0) }.joined(separator: ", ") }

    /// The stored integer of each field, in field order.
    static func values(_ figures: StaffFigures) -> [Int] {
        StaffField.allCases.map { figures.count($0) ?? figures.decimal($0)?.hundredths ?? 0 }
    }

    /// Figures from the stored integers, in field order.
    static func figures(_ values: [Int]) -> StaffFigures {
        func at(_ field: StaffField) -> Int { values[StaffField.allCases.firstIndex(of: field)!] }
        func decimal(_ field: StaffField) -> Hundredths { Hundredths(hundredths: at(field)) }
        return StaffFigures(
            headcount: at(.headcount), fte: decimal(.fte), newHires: at(.newHires), leftOwnRequest: at(.leftOwnRequest),
            leftRetirement: at(.leftRetirement), leftFixedTerm: at(.leftFixedTerm), leftOther: at(.leftOther),
            sickHoursShort: decimal(.sickHoursShort), sickHoursLong: decimal(.sickHoursLong),
            scheduledHours: decimal(.scheduledHours), vacancies: at(.vacancies), openRecruitments: at(.openRecruitments))
    }

    /// The audit trail's view of a month: the month and every stored value by column.
    static func audit(_ month: StaffMonth, _ figures: StaffFigures) -> [String: AuditValue] {
        var values: [String: AuditValue] = ["month": .text(month.description)]
        for (field, value) in zip(StaffField.allCases, Self.values(figures)) { values[column(field)] = .integer(Int64(value)) }
        return values
    }
}
