namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Where a piece of a file's text lies: its first line, how many of its characters are its own (the rest
/// overlaps the next piece), and whether the file is binary (decoded byte for byte).</summary>
internal readonly record struct ScanWindow(int FirstLine, int Owned, bool Binary);
