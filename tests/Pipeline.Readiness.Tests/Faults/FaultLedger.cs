using System.Collections.Concurrent;
using Xunit.Sdk;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>The fault-injection suite's tally: every case runs through <see cref="Case"/>, which counts it and, when its
/// assertions fail (or it throws, or exceeds its time), counts what kind of fault got through. At the end of the test
/// run the summary — cases tried, fail-open, leaks, crashes — is printed to standard error and written to
/// <c>TestResults/fault-suite.txt</c> beside the test project (<c>.ci/run</c> prints it).</summary>
public static class FaultLedger
{
    private static readonly ConcurrentDictionary<string, FaultKind?> Cases = new(StringComparer.Ordinal);

    static FaultLedger() => AppDomain.CurrentDomain.ProcessExit += (_, _) => WriteSummary();

    /// <summary>Runs one case; <paramref name="kind"/> is what its failure would mean.</summary>
    public static async Task Case(string name, FaultKind kind, Func<Task> body, TimeSpan? limit = null)
    {
        try
        {
            await Task.Run(body).WaitAsync(limit ?? TimeSpan.FromMinutes(2)); // on the pool, so even a synchronous hang is caught
            Cases[name] = null;
        }
        catch (TimeoutException)
        {
            Cases[name] = FaultKind.Crash;
            throw new XunitException($"fault case '{name}' hung: it did not end within {limit ?? TimeSpan.FromMinutes(2)}");
        }
        catch (Exception exception)
        {
            Cases[name] = exception is XunitException ? kind : FaultKind.Crash;
            throw;
        }
    }

    public static string Summary()
    {
        var snapshot = Cases.ToArray();
        int Count(FaultKind kind) => snapshot.Count(c => c.Value == kind);
        return $"fault-injection suite: {snapshot.Length} cases tried, fail-open {Count(FaultKind.FailOpen)}, leaks {Count(FaultKind.Leak)}, crashes {Count(FaultKind.Crash)}"
            + string.Concat(snapshot.Where(c => c.Value is not null).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"\n  {c.Value}: {c.Key}"));
    }

    private static void WriteSummary()
    {
        if (Cases.IsEmpty)
        {
            return;
        }

        var summary = Summary();
        Console.Error.WriteLine(summary);
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "fault-suite.txt"), summary + "\n");
    }
}
