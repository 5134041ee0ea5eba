import Foundation
import VardagDomain

/// `vardag export staff`: a kommun's monthly staff figures as the public nämnd document
/// shows them (`StaffPublication`: small groups "för få", complementary suppression "dold"),
/// one row per unit and month and one total row per month, as Swedish-Excel CSV or JSON.
///
/// The figures are read for the span and the 11 months before it (the turnover's window),
/// in one read; the rows are written to the sink one at a time.
public enum StaffExport {
    /// What to export.
    public struct Filter: Hashable, Sendable {
        /// The kommun (its name, ignoring case).
        public var kommunName: String
        /// The first month; by default 12 months before `to` (13 months, as a year's trend).
        public var from: StaffMonth?
        /// The last month; by default the current month.
        public var to: StaffMonth?

        public init(kommunName: String, from: StaffMonth? = nil, to: StaffMonth? = nil) {
            self.kommunName = kommunName
            self.from = from
            self.to = to
        }

        /// The span, defaults filled in from `today`.
        public func span(today: LocalDate) -> (from: StaffMonth, to: StaffMonth) {
            let last = to ?? StaffMonth(containing: today)
            return (from ?? last.adding(months: -12), last)
        }
    }

    /// The CSV headings.
    public static let header = [
        "Kommun", "Enhet", "Månad", "Nivå", "Visning", "Anställda", "Årsarbetare", "Vakanser", "Pågående rekryteringar",
        "Nyanställda", "Slutat egen begäran", "Slutat pension", "Slutat visstid", "Slutat annat", "Slutat totalt",
        "Sjuktimmar kort", "Sjuktimmar lång", "Schemalagda timmar", "Sjukfrånvaro kort %", "Sjukfrånvaro lång %",
        "Sjukfrånvaro %", "Personalomsättning %", "Omsättning månader",
    ]

    /// The kommun's name as stored and its document rows.
    /// - Throws: `StaffExportFailure.unknownKommun`, the store's errors.
    public static func rows(from store: AppDatabase, filter: Filter, today: LocalDate = .today()) throws
        -> (kommun: String, rows: [StaffPublicationRow]) {
        let key = RegisterName.uniquenessKey(filter.kommunName)
        guard let kommun = try store.writer.read({ db in
            try StoreRow.fetchOne(db, sql: "SELECT id, name FROM kommun WHERE name_key = ?", arguments: [key])
        }) else { throw StaffExportFailure.unknownKommun(filter.kommunName) }
        let (from, to) = filter.span(today: today)
        let units = try store.staffFigures(kommunId: kommun[0], from: from.adding(months: -(StaffTurnover.windowMonths - 1)), to: to)
        let rule = try store.staffSuppression()
        return (kommun[1], StaffPublication.rows(units: units, from: from, to: to, rule: rule))
    }

    /// Streams the export into a sink.
    /// - Throws: `StaffExportFailure`, the store's, encoding and write errors.
    public static func write(from store: AppDatabase, filter: Filter, format: RegisterExport.Format, today: LocalDate = .today(),
                             into sink: ExportSink) throws {
        let (kommun, rows) = try rows(from: store, filter: filter, today: today)
        switch format {
        case .json:
            var writer = JSONArrayWriter(into: sink)
            for row in rows { try writer.append(StaffExportRow(kommun: kommun, row)) }
            try writer.finish()
        case .csv:
            var writer = try CSVRowWriter(into: sink)
            try writer.header(header)
            for row in rows { try writer.row(csvFields(kommun: kommun, row)) }
            try writer.finish()
        }
    }

    /// The export in a format, in memory.
    public static func data(from store: AppDatabase, filter: Filter, format: RegisterExport.Format,
                            today: LocalDate = .today()) throws -> Data {
        try ExportWriter.collect { try write(from: store, filter: filter, format: format, today: today, into: $0) }
    }

    /// A CSV row: decimals with a comma (Swedish Excel reads them as numbers), shares as
    /// percentages with one decimal, hidden cells holding the reason ("för få", "dold").
    static func csvFields(kommun: String, _ row: StaffPublicationRow) -> [String] {
        let hidden = row.visibility.rawValue
        func decimal(_ value: Hundredths?) -> String { value.map { $0.text(decimalSign: ",") } ?? hidden }
        func count(_ value: Int?) -> String { value.map(String.init) ?? hidden }
        func percent(_ share: Double?) -> String {
            guard row.figures != nil else { return hidden }
            guard let share else { return "" }
            let tenths = Int((share * 1000).rounded())
            return String(tenths / 10) + "," + String(tenths % 10)
        }
        let f = row.figures
        var turnover = hidden, months = hidden
        if let t = row.turnover {
            months = String(t.monthsWithFigures)
            if let rate = t.rate {
                let tenths = Int((rate * 1000).rounded())
                turnover = String(tenths / 10) + "," + String(tenths % 10)
            } else {
                turnover = "saknas"
            }
        }
        return [
            kommun, row.unitName ?? "Totalt", row.month.description, row.isTotal ? "kommun" : "enhet", row.visibility.rawValue,
            String(row.headcount), row.fte.text(decimalSign: ","), String(row.vacancies), String(row.openRecruitments),
            count(f?.newHires), count(f?.leftOwnRequest), count(f?.leftRetirement), count(f?.leftFixedTerm), count(f?.leftOther),
            count(f?.leavers), decimal(f?.sickHoursShort), decimal(f?.sickHoursLong), decimal(f?.scheduledHours),
            percent(f?.sickShareShort), percent(f?.sickShareLong), percent(f?.sickShare), turnover, months,
        ]
    }
}
