// Entry point: parse the command line and run the chosen command.
// Each command opens the database, and `open` also starts the terminal; every exit
// path restores the terminal (see OpenCommand and TerminalKitCurses' SignalTrap).
VardagCommand.main()
