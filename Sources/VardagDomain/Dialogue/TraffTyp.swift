/// The five meetings (träffar) of a slinga, in their fixed order.
///
/// A slinga always opens with the brukar group, then the staff meet on their own, the
/// brukare again, everyone together (the chef joins at the end), and a follow-up.
/// The raw values are stable codes stored in the database and exports; never change them.
public enum TraffTyp: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case brukartraff1 = "brukartraff_1"
    case personaltraff = "personaltraff"
    case brukartraff2 = "brukartraff_2"
    case gemensam = "gemensam"
    case uppfoljning = "uppfoljning"

    /// The position in the order, 1 to 5.
    public var order: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The meeting that follows this one, or nil after the uppföljning.
    public var next: TraffTyp? {
        let all = Self.allCases
        let i = order
        return i < all.count ? all[i] : nil
    }

    /// The groups taking part: brukare alone, staff alone, or both together.
    public var groupsPresent: Set<DialogueGroup> {
        switch self {
        case .brukartraff1, .brukartraff2: return [.brukare]
        case .personaltraff: return [.personal]
        case .gemensam, .uppfoljning: return [.brukare, .personal]
        }
    }

    /// The Swedish name for CSV exports.
    public var displayName: String {
        switch self {
        case .brukartraff1: return "Brukarträff 1"
        case .personaltraff: return "Personalträff"
        case .brukartraff2: return "Brukarträff 2"
        case .gemensam: return "Gemensam träff"
        case .uppfoljning: return "Uppföljning"
        }
    }

    public static func < (lhs: TraffTyp, rhs: TraffTyp) -> Bool { lhs.order < rhs.order }
}
