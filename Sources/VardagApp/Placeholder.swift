// The app's screens arrive with the shell (work in progress).
