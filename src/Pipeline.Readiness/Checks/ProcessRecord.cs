namespace Pipeline.Readiness.Checks;

/// <summary>One process a check ran: the absolute path of the program (as found on <c>PATH</c>), the masked command
/// line and its exit code.</summary>
/// <param name="Executable">The program's absolute path.</param>
/// <param name="CommandLine">The command line, masked.</param>
/// <param name="ExitCode">How it ended.</param>
internal sealed record ProcessRecord(string Executable, string CommandLine, int ExitCode);
