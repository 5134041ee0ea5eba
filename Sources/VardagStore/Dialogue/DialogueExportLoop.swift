/// One slinga in the dialogue export, with its meetings, relay questions and actions nested.
///
/// Brukare appear only as counts. Guides are named (they are staff); the participating
/// staff are given as a count.
public struct DialogueExportLoop: Codable, Hashable, Sendable {
    public struct Guide: Codable, Hashable, Sendable {
        public var namn: String
        public var hemkommun: String
        public var kopt: Bool
        /// The minutes she gave to the slinga (v21, the exchange ledger); nil when not recorded.
        public var minuter: Int? = nil
    }

    public struct ThemeChange: Codable, Hashable, Sendable {
        public var datum: String
        public var tema: String
        public var valt_av: String
        public var varfor: String
    }

    public struct Meeting: Codable, Hashable, Sendable {
        public var typ: String
        public var datum: String
        public var vagledare: String
        public var antal_brukare: Int
        public var antal_personal: Int
        public var anteckningar: String
        /// The chef who joined a gemensam träff at its end (v21); nil for none.
        public var chef_i_slutet: String? = nil
    }

    public struct Question: Codable, Hashable, Sendable {
        public var fran: String
        public var till: String
        public var stalld_vid: String
        public var stalld_datum: String
        public var fraga: String
        public var besvarad_vid: String?
        public var besvarad_datum: String?
        public var svar: String?
        public var delaktighet: Int?
    }

    public struct Action: Codable, Hashable, Sendable {
        public var vad: String
        public var ansvarig: String
        public var senast: String
        public var status: String
        public var aterkopplad: Bool
        public var forsenad: Bool
        /// When and how it was fed back to the brukare (v21); nil when not, or not recorded.
        public var aterkopplad_datum: String? = nil
        public var aterkopplad_hur: String? = nil
    }

    public var id: Int64
    public var kommun: String
    public var enhet: String
    public var tema: String
    public var tema_valt_av: String
    public var planerad_start: String
    public var startad: String?
    public var nasta_traff: String?
    /// The date the next träff is planned for (v21); nil when not planned.
    public var nasta_traff_planerad: String? = nil
    public var vagledare: [Guide]
    public var antal_personal: Int
    public var tema_historik: [ThemeChange]
    public var traffar: [Meeting]
    public var stafettfragor: [Question]
    public var atgarder: [Action]
}
