namespace Pipeline;

/// <summary>A target failed or the build was aborted. Exit code 1.</summary>
public sealed class BuildFailedException(string message) : Exception(message);
