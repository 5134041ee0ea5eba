// Entry point: parse the command line and run the chosen command.
// Each command opens the database, and `open` also starts the terminal; every exit
// path restores the terminal (see OpenCommand and TerminalKitCurses' SignalTrap).
// Errors end through CleanErrorExit, so no typed value echoes an escape sequence.
do {
    var command = try VardagCommand.parseAsRoot()
    try command.run()
} catch {
    CleanErrorExit.exit(withError: error)
}
