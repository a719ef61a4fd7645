namespace Pipeline.Readiness;

/// <summary>Says why a release is refused: <c>Release refused: N blocking items</c> (an error), then a table of each
/// id, status and reason, printed once (each blocking item is already a warning of the evaluation, which the recap
/// and CI annotations repeat), and fails the target.</summary>
internal static class ReleaseRefusal
{
    public static void ThrowIfBlocked(ReadinessVerdict verdict, string what)
    {
        var blocking = verdict.Blocking.ToList();
        if (blocking.Count == 0)
        {
            Log.Information($"{what}: every item is Passed, Waived or Not applicable.");
            return;
        }

        Log.Error($"{what} refused: {blocking.Count} blocking item{(blocking.Count == 1 ? string.Empty : "s")}");
        var width = blocking.Max(b => b.Id.Length);
        foreach (var (id, status, reason) in blocking)
        {
            Log.Information($"  {id.PadRight(width)}  {status,-7}  {reason.ReplaceLineEndings(" ")}");
        }

        throw new InvalidOperationException($"{what} refused: {blocking.Count} blocking item{(blocking.Count == 1 ? string.Empty : "s")}");
    }
}
