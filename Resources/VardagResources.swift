import Foundation

/// Access to the data files Vardag ships in `Resources/Data`.
public enum VardagResources {
    /// The URL of a shipped data file, or nil when it is missing.
    /// - Parameter name: the file name inside `Resources/Data`, e.g. `demo-names.json`.
    public static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data")
    }

    /// The files of a shipped folder with a given extension, sorted by name.
    /// - Parameters:
    ///   - folder: the folder inside `Resources/Data`, e.g. `strings/sv`.
    ///   - fileExtension: the extension without the dot, e.g. `json`.
    public static func urls(in folder: String, withExtension fileExtension: String) -> [URL] {
        guard let base = Bundle.module.resourceURL?.appendingPathComponent("Data").appendingPathComponent(folder),
              let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else { return [] }
        return names.filter { $0.hasSuffix("." + fileExtension) }.sorted().map { base.appendingPathComponent($0) }
    }

    /// The contents of a shipped data file.
    /// - Throws: `CocoaError` when the file cannot be read.
    public static func data(named name: String) throws -> Data {
        guard let url = url(named: name) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try Data(contentsOf: url)
    }
}
