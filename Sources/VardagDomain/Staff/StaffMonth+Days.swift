/// A month's first and last day, for reads over the days of a report month.
extension StaffMonth {
    /// The first day of the month.
    public var firstDay: LocalDate { day(1) }

    /// The last day of the month.
    public var lastDay: LocalDate { day(LocalDate.daysInMonth(year: year, month: month)) }

    private func day(_ day: Int) -> LocalDate {
        guard let date = try? LocalDate(year: year, month: month, day: day) else {
            preconditionFailure("a StaffMonth is a month of years 2000–2100")
        }
        return date
    }
}
