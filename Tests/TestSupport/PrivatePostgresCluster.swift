import Foundation

/// A PostgreSQL cluster of one test's own, for tests that stop and start the server under
/// a running app (the shared test server must keep running for the others).
public final class PrivatePostgresCluster {
    /// The cluster's folder (its socket is in `sock`).
    public let directory: String
    /// The server, for `TemporaryPostgresDatabase(server:)`.
    public let server: PostgresTestServer

    /// Starts a new cluster (about a second) with `scripts/pg-test-cluster`.
    /// - Throws: `Failure` when it does not start.
    public init() throws {
        // Only where the shared test server could run (skips, or fails under CI=true, as it).
        _ = try PostgresTestServer.requireServer()
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        directory = (base as NSString).appendingPathComponent("vardag-pgp-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        server = PostgresTestServer(host: directory + "/sock")
        try Self.script("start", directory)
    }

    /// The script failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Stops the server as a restart begins; connections are closed by the server.
    public func halt() throws {
        try Self.script("halt", directory)
    }

    /// Starts the halted server again.
    public func resume() throws {
        try Self.script("resume", directory)
    }

    /// Stops the server and removes the cluster.
    public func remove() {
        _ = try? Self.script("stop", directory)
    }

    deinit {
        remove()
    }

    /// `scripts/pg-test-cluster` of this checkout.
    private static let scriptPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/pg-test-cluster").path

    private static func script(_ command: String, _ directory: String) throws {
        let result = try Spawn.run([scriptPath, command, directory], timeout: 60)
        guard result.status == 0 else {
            throw Failure(description: "pg-test-cluster \(command): \(result.errorOutput)")
        }
    }
}
