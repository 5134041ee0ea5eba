import Foundation
import TestSupport

/// A demo database made once for a test, with its folder and the binary.
struct DemoFixture {
    var binary: String
    var work: URL
    var demo: URL

    /// Makes `demo.sqlite` in a new temporary folder (`work`); remove `work` when done.
    init() throws {
        binary = try VardagBinary.path()
        work = try TmuxSession.makeDirectory()
        demo = work.appendingPathComponent("demo.sqlite")
        let made = try Spawn.run([binary, "demo", "--db", demo.path], timeout: 120)
        guard made.status == 0 else { throw Spawn.Failure.spawnFailed("vardag demo: \(made.errorOutput)", made.status) }
    }

    /// A copy of the demo database alone in a new folder of its own.
    func copyInFolder(_ name: String) throws -> (folder: URL, db: URL) {
        let folder = work.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let db = folder.appendingPathComponent("vardag.sqlite")
        try FileManager.default.copyItem(at: demo, to: db)
        return (folder, db)
    }

    /// The demo's competence mapping as an import file that passes (`export competence --kind mapping`).
    func goodImportFile() throws -> URL {
        let file = work.appendingPathComponent("mapping.csv")
        let export = try Spawn.run([binary, "export", "competence", "--kind", "mapping", "--db", demo.path, "--output", file.path], timeout: 60)
        guard export.status == 0 else { throw Spawn.Failure.spawnFailed("vardag export: \(export.errorOutput)", export.status) }
        return file
    }
}
