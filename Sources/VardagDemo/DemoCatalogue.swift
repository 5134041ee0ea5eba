import Foundation
import VardagDomain
import VardagResources

/// The fictional names demo data is made from, read from `Resources/Data/demo-names.json`.
struct DemoCatalogue: Decodable, Sendable {
    var firstNames: [String]
    var lastNames: [String]
    var kommuner: [String]
    /// Unit names per verksamhetsområde code.
    var enheter: [String: [String]]
    /// Team names per verksamhetsområde code.
    var teams: [String: [String]]
    /// Job titles per verksamhetsområde code; repeats weight the draw.
    var titles: [String: [String]]
    var managerTitle: String

    /// Loads the shipped catalogue.
    /// - Throws: when the file is missing or malformed.
    static func load() throws -> DemoCatalogue {
        try JSONDecoder().decode(DemoCatalogue.self, from: VardagResources.data(named: "demo-names.json"))
    }

    /// The n-th unit name of an area, numbered when the list runs out.
    func enhetName(_ omrade: Verksamhetsomrade, index: Int) -> String {
        Self.pick(enheter[omrade.rawValue] ?? [omrade.displayName], index)
    }

    /// The n-th team name of an area, numbered when the list runs out.
    func teamName(_ omrade: Verksamhetsomrade, index: Int) -> String {
        Self.pick(teams[omrade.rawValue] ?? ["Team"], index)
    }

    /// The n-th kommun name, numbered when the list runs out.
    func kommunName(index: Int) -> String {
        Self.pick(kommuner, index)
    }

    private static func pick(_ names: [String], _ index: Int) -> String {
        let base = names[index % names.count]
        let round = index / names.count
        return round == 0 ? base : "\(base) \(round + 1)"
    }
}
