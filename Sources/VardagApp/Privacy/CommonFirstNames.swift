import Foundation
import VardagDomain
import VardagResources

/// The shipped list of common Swedish first names (`Resources/Data/common-first-names.json`),
/// read once, as the detector the free-text warning uses.
enum CommonFirstNames {
    /// The file's shape: a note about the list, and the names.
    private struct File: Decodable {
        var firstNames: [String]
    }

    /// The detector over the shipped names; with no names (a missing or broken file) it
    /// still finds "Fru …" and "Herr …".
    static let detector: NameMentionDetector = {
        let names = (try? JSONDecoder().decode(File.self, from: VardagResources.data(named: "common-first-names.json")))?.firstNames
        return NameMentionDetector(firstNames: names ?? [])
    }()
}
