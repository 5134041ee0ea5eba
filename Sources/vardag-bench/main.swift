// Entry point of `vardag-bench`: parse the command line and run the chosen benchmark.
// The benchmarks draw into the in-memory terminal (and, when standard output is a
// terminal, once through ncurses); they never open the user's database.
#if canImport(Glibc)
import Glibc
#endif
import VardagCommandLine

// A reader that stops early (`vardag-bench | head -3`) ends the run quietly by SIGPIPE.
signal(SIGPIPE, SIG_DFL)

// Errors end through CleanErrorExit, so help and usage errors follow `--lang` as in `vardag`.
do {
    var command = try BenchCommand.parseAsRoot(HelpText.argumentsToParse(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch {
    CleanErrorExit.exit(withError: error, root: BenchCommand.self)
}
