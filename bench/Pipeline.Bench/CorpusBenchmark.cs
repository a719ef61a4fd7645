using System.Diagnostics;
using Pipeline.Readiness.Tests.Support.Corpus;

namespace Pipeline.Bench;

/// <summary>The gate against labelled real repositories (<c>bench/corpus/*.tsv</c>): for each whose checkout this machine
/// has (<c>../shared/corpus</c> or <c>$PIPELINE_CORPUS</c>), a copy is made a fresh git repository and gated with
/// <c>./build.sh Readiness --root</c>, as a new user would; then items right of those its files settle, false passes,
/// false fails, and secret findings with how many are real. Given a report and an expectation file, only scores them.</summary>
internal static class CorpusBenchmark
{
    public static async Task RunAsync(string repository, (string Report, string Expectations)? only)
    {
        if (only is { } given)
        {
            Console.WriteLine(CorpusScore.Of(CorpusExpectations.Read(given.Expectations), File.ReadAllText(given.Report)));
            return;
        }

        foreach (var file in CorpusCheckout.ExpectationFiles(repository))
        {
            var expectations = CorpusExpectations.Read(file);
            if (CorpusCheckout.Find(repository, expectations.Source) is not { } checkout)
            {
                Console.WriteLine($"{expectations.Source}: no checkout (set PIPELINE_CORPUS to a folder holding {expectations.Source}/)");
                continue;
            }

            var root = Directory.CreateTempSubdirectory($"pipeline-corpus-{expectations.Source}-").FullName;
            try
            {
                CorpusCheckout.CopyTo(checkout, root);
                await RunAsync("git", root, "init", "--quiet");
                await RunAsync("git", root, "add", "--all");
                await RunAsync("git", root, "-c", "user.email=bench@pipeline.invalid", "-c", "user.name=bench", "commit", "--quiet", "-m", "checkout");
                var watch = Stopwatch.StartNew();
                await RunAsync(Path.Combine(repository, "build.sh"), repository, "Readiness", "--root", root);
                var report = Path.Combine(root, "artifacts", "readiness", "report.json");
                Console.WriteLine(File.Exists(report)
                    ? $"{CorpusScore.Of(expectations, File.ReadAllText(report))}\n  ({watch.Elapsed.TotalSeconds:F0} s)"
                    : $"{expectations.Source}: the gate wrote no report");
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task RunAsync(string command, string directory, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync());
    }
}
