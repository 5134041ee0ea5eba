import Foundation

/// Access to the data files Vardag ships in `Resources/Data`.
public enum VardagResources {
    /// The URL of a shipped data file, or nil when it is missing.
    /// - Parameter name: the file name inside `Resources/Data`, e.g. `strings.sv.json`.
    public static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data")
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
