/// What one `concurrency-worker` process reports on its last line of output.
struct ConcurrencyWorkerReport: Codable {
    /// The writes that failed, one line each with the words a user would have read.
    var errors: [String] = []
    /// How many times a write ran again because the server refused it for a conflict.
    var retries = 0
    /// Each write's time from the intent's call to its return, in milliseconds.
    var latencies: [Double] = []
}
