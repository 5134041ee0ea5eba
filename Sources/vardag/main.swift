// Entry point: parse the command line and run the chosen command.
// Each command opens the database, and `open` also starts the terminal; every exit
// path restores the terminal (see OpenCommand and TerminalKitCurses' SignalTrap).
#if canImport(Glibc)
import Glibc
#endif
import VardagCommandLine

// A write past a file size limit (`ulimit -f`) then fails with EFBIG, which SQLite rolls
// back and Vardag reports as "disk full", instead of SIGXFSZ killing the process mid-write.
signal(SIGXFSZ, SIG_IGN)
// A reader that stops early (`vardag export … | head -1`) ends the export quietly by
// SIGPIPE (status 141), also when the parent left SIGPIPE ignored: then every write
// would fail with EPIPE and end in an error message instead.
signal(SIGPIPE, SIG_DFL)

// Errors end through CleanErrorExit, so no typed value echoes an escape sequence.
do {
    var command = try VardagCommand.parseAsRoot(HelpText.argumentsToParse(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch {
    CleanErrorExit.exit(withError: error, root: VardagCommand.self)
}
