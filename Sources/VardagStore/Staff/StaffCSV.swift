import VardagDomain

/// The columns of the staff figures' CSV, as the HR import reads them and the export writes
/// its first columns.
///
/// Swedish headers: Kommun (optional: without it a unit's name must be unique among the
/// active kommuner), Enhet, Månad (`YYYY-MM`), then one column per `StaffField`: Anställda,
/// Årsarbetare, Nyanställda, Slutat egen begäran, Slutat pension, Slutat visstid, Slutat
/// annat, Sjuktimmar kort, Sjuktimmar lång, Schemalagda timmar, Vakanser, Pågående
/// rekryteringar. The English names (Municipality, Unit, Month, `StaffField.englishHeader`)
/// are read too; case and surrounding spaces do not matter.
public enum StaffCSV {
    /// A column of the import.
    enum Column: Hashable {
        case kommun, enhet, month
        case figure(StaffField)
    }

    /// The Swedish header of a file the import reads (and an example to give people).
    public static let header = ["Kommun", "Enhet", "Månad"] + StaffField.allCases.map(\.swedishHeader)

    /// The English header the import also reads.
    public static let englishHeader = ["Municipality", "Unit", "Month"] + StaffField.allCases.map(\.englishHeader)

    /// Every accepted name (lowercased) and its column.
    static let names: [String: Column] = {
        var names: [String: Column] = ["kommun": .kommun, "municipality": .kommun, "enhet": .enhet, "unit": .enhet,
                                       "månad": .month, "month": .month]
        for field in StaffField.allCases {
            names[field.swedishHeader.lowercased()] = .figure(field)
            names[field.englishHeader.lowercased()] = .figure(field)
        }
        return names
    }()

    /// The columns a file must have.
    static let required: [Column] = [.enhet, .month] + StaffField.allCases.map(Column.figure)

    /// The Swedish name of a column, for a message about a column that is missing.
    static func swedishName(_ column: Column) -> String {
        switch column {
        case .kommun: return "Kommun"
        case .enhet: return "Enhet"
        case .month: return "Månad"
        case .figure(let field): return field.swedishHeader
        }
    }
}
