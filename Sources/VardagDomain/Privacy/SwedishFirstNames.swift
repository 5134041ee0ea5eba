/// A small list of the most common first names in Sweden (both sexes, written from general
/// knowledge of the name statistics), for rules in the domain that must recognise a
/// person's name without the app's larger warning list (`common-first-names.json`).
///
/// Small on purpose: it is used to refuse, not to warn, so it holds only names that are
/// names and nothing else; a name missing from it means a reference is accepted, which is
/// how things were before the rule.
public enum SwedishFirstNames {
    /// The names, capitalised as written (NFC).
    public static let common: Set<String> = [
        "Adam", "Agnes", "Ahmed", "Albin", "Alexander", "Alice", "Alma", "Amanda", "Anders", "Andreas",
        "Anette", "Anita", "Ann", "Anna", "Anne", "Annika", "Anton", "Arvid", "Astrid", "Axel",
        "Barbro", "Bengt", "Berit", "Birgitta", "Björn", "Britt", "Camilla", "Carina", "Carl", "Caroline",
        "Cecilia", "Charlotte", "Christer", "Christina", "Daniel", "David", "Ebba", "Elias", "Elin", "Elisabeth",
        "Ella", "Ellen", "Elsa", "Emil", "Emma", "Eric", "Erik", "Eva", "Filip", "Fredrik",
        "Gunilla", "Gunnar", "Gustav", "Hanna", "Hannah", "Helena", "Hugo", "Ida", "Inger", "Ingrid",
        "Isak", "Jakob", "Jan", "Jenny", "Jessica", "Johan", "Johanna", "Johannes", "Jonas", "Josefin",
        "Julia", "Karin", "Karl", "Kerstin", "Kristina", "Lars", "Leif", "Lena", "Lennart", "Linda",
        "Linnea", "Lisa", "Louise", "Lucas", "Magnus", "Maja", "Malin", "Margareta", "Maria", "Marie",
        "Marianne", "Martin", "Mats", "Matilda", "Mattias", "Mikael", "Mohammed", "Monica", "Nils", "Olle",
        "Oscar", "Oskar", "Patrik", "Peter", "Rebecka", "Robert", "Sara", "Sebastian", "Simon", "Siv",
        "Sofia", "Stefan", "Susanne", "Sven", "Thomas", "Tobias", "Tomas", "Ulla", "Ulf", "Viktor",
        "Wilma", "Åsa", "Åke", "Ingela", "Kent", "Roger", "Hampus", "Olof", "Ove", "Yvonne",
    ]

    /// Whether the text reads as a person's name: two capitalised words in a row where the
    /// first (or a part of a double name such as Anna-Karin) is a common first name
    /// ("Anna Berg", "Karl Johan"), or an honorific before a capitalised word ("Fru Berg").
    /// - Parameter text: a case reference or similar, as typed.
    /// - Returns: true when it looks like a name.
    public static func looksLikePersonName(_ text: String) -> Bool {
        let words = NameMentionDetector.words(text.precomposedStringWithCanonicalMapping)
        for (first, second) in zip(words, words.dropFirst()) where NameMentionDetector.isCapitalised(second) {
            if NameMentionDetector.honorifics.contains(first.lowercased()) { return true }
            guard NameMentionDetector.isCapitalised(first) else { continue }
            if common.contains(first) || first.split(separator: "-").contains(where: { common.contains(String($0)) }) { return true }
        }
        return false
    }
}
