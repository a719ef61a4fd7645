namespace Pipeline;

/// <summary>The build was asked for something it cannot do: an unknown target or option, a bad value, a broken
/// target graph, a missing requirement. Exit code 2.</summary>
public sealed class InvalidUsageException(string message) : Exception(message);
