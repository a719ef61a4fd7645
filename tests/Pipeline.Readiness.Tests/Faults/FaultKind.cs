namespace Pipeline.Readiness.Tests.Faults;

/// <summary>What a fault case guards against when it fails: the gate passing or publishing what it must not, secret
/// data reaching an output, or a crash or hang instead of a clear Error.</summary>
public enum FaultKind
{
    FailOpen,
    Leak,
    Crash,
}
