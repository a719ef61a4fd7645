namespace Pipeline.Readiness.Checks;

/// <summary>Thrown by a check when something every dependent check needs could not be had (the packages could not be
/// restored): its message is the cause, reported as each dependent item's reason as it stands, not as a crash.</summary>
internal sealed class PrerequisiteFailedException(string message) : Exception(message);
