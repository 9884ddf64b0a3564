// The command line: placeholder until the core lands.
process.exitCode = 0;
