using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Secrets;

/// <summary>The secret and .env checks on real git repositories in temporary folders.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class SecretScanCheckTests : IDisposable
{
    private const string GitHubToken = "ghp_Zq8LmN2pR4sT6vX8yB1cD3eF5gH7jK9mN0pQ"; // pipeline:allow fake, for the scanner tests
    private const string StripeKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dcAb12"; // pipeline:allow fake, for the scanner tests
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-secrets-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private Task<CheckOutcome> Scan(SecretScanOptions? options = null, ChecklistItem? item = null, ReadinessCheck? check = null) =>
        CheckRunner.RunAsync(check ?? new SecretScanCheck(options ?? new SecretScanOptions()),
            new CheckContext(item ?? Items.Security.NoSecretsInCode, _root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None),
            new SecretMasker());

    [Fact]
    public async Task A_token_in_a_tracked_file_fails_with_rule_file_line_column_and_a_redacted_preview()
    {
        Write("src/App.cs", $"class App\n{{\n    const string Token = \"{GitHubToken}\";\n}}\n");
        GitRepository.Init(_root);

        var outcome = await Scan();

        Assert.Equal(CheckStatus.Failed, outcome.Result.Status);
        var finding = Assert.Single(outcome.Result.Findings);
        Assert.Equal(("secret.github-token", "src/App.cs", 3), (finding.Rule, finding.File, finding.Line));
        Assert.Equal("GitHub token at column 27: ghp_***", finding.Message);
        Assert.DoesNotContain(GitHubToken, outcome.Result.Summary + string.Join("", outcome.Result.Findings.Select(f => f.Message)));
    }

    [Fact]
    public async Task Ignored_files_are_not_read_and_binary_and_large_files_are_scanned_and_counted()
    {
        Write(".gitignore", "secrets.local.json\n");
        Write("secrets.local.json", $"{{ \"token\": \"{GitHubToken}\" }}");
        Write("logo.png", "\u0089PNG\0\0\0\u0001\u0002\u0003binary");
        Write("big.txt", new string('a', 5000));
        Write("README.md", "# Service\n");
        GitRepository.Init(_root);

        var outcome = await Scan(new SecretScanOptions { MaximumFileBytes = 4096 });

        Assert.Equal(CheckStatus.Passed, outcome.Result.Status);
        Assert.Equal((3, 1, 1), ((int)outcome.Result.Figures["files.scanned"], (int)outcome.Result.Figures["files.scanned.binary"], (int)outcome.Result.Figures["files.streamed"]));
        Assert.Contains("0 secret(s) in 3 text and 1 binary files; 1 large file(s) read in windows", outcome.Result.Summary);
    }

    [Fact]
    public Task A_secret_survives_neither_a_stray_NUL_byte_nor_a_file_larger_than_the_window_nor_a_binary_file() =>
        Faults.FaultLedger.Case("secrets: a NUL byte, a file over the size limit, a binary file", Faults.FaultKind.FailOpen, async () =>
        {
            var awsKey = "AKIA" + "Z4XQ7WLM3KD9PQ2R";
            Write("config/settings.yaml", $"name: orders\0\ndb_password: \"Wq9#kd82LmZx\"\n");
            Write("blob.bin", "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\0\0\0\0" + awsKey + "\0\u0001\u0002");
            var filler = string.Concat(Enumerable.Range(0, 400).Select(i => $"line {i:D4} of a long generated file\n"));
            var before = filler + $"token = \"{GitHubToken}\"\n";
            Write("data/large.txt", before + new string(' ', (4096 * 5) - 10 - before.Length) + $"{StripeKey}\n"); // across the border of two windows
            GitRepository.Init(_root);

            var outcome = await Scan(new SecretScanOptions { MaximumFileBytes = 4096 });

            Assert.Equal(CheckStatus.Failed, outcome.Result.Status);
            var found = outcome.Result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => (f.Rule, f.File, f.Line)).Order().ToList();
            Assert.Equal(
                [("secret.aws-access-key-id", "blob.bin", 1), ("secret.generic-secret", "config/settings.yaml", 2), ("secret.github-token", "data/large.txt", 401), ("secret.stripe-key", "data/large.txt", 402)],
                found);
        });

    [Fact]
    public Task An_env_file_with_a_NUL_byte_is_still_a_tracked_env_file() =>
        Faults.FaultLedger.Case("secrets: a .env file with a NUL byte", Faults.FaultKind.FailOpen, async () =>
        {
            Write(".env", "DATABASE_URL=postgresql://db/app\0\nAPI_TOKEN=Zq8LmN2pR4sT6vX8\n");
            GitRepository.Init(_root);

            var outcome = await Scan(item: Items.Security.NoEnvFile, check: new EnvFileCheck(new SecretScanOptions()));

            Assert.Equal(CheckStatus.Failed, outcome.Result.Status);
            Assert.Equal(".env", Assert.Single(outcome.Result.Findings).File);
        });

    [Fact]
    public Task Fingerprints_are_keyed_by_the_repository_so_a_report_reader_cannot_test_guesses() =>
        Faults.FaultLedger.Case("leak: fingerprints guessable offline", Faults.FaultKind.Leak, async () =>
        {
            Write("src/Keys.cs", $"var b = \"{GitHubToken}\";\n");
            GitRepository.Init(_root);

            var first = await Scan();
            var second = await Scan();
            var fingerprint = Assert.Single(first.Result.Findings).Fingerprint;
            var key = File.ReadAllText(Path.Combine(_root, SecretFingerprints.KeyPath)).Trim();
            File.WriteAllText(Path.Combine(_root, SecretFingerprints.KeyPath), new string('0', 64) + "\n");
            var otherKey = await Scan();

            Assert.Equal(64, key.Length);
            Assert.Equal(fingerprint, Assert.Single(second.Result.Findings).Fingerprint);
            Assert.NotEqual(SecretFingerprints.Unkeyed("secret.github-token", GitHubToken), fingerprint);
            Assert.NotEqual(fingerprint, Assert.Single(otherKey.Result.Findings).Fingerprint);
        });

    [Fact]
    public Task A_baseline_of_unkeyed_fingerprints_still_counts_and_is_migrated_beside_the_reports() =>
        Faults.FaultLedger.Case("leak: an unkeyed baseline is migrated without printing it", Faults.FaultKind.Leak, async () =>
        {
            var unkeyed = SecretFingerprints.Unkeyed("secret.github-token", GitHubToken);
            Write("src/Keys.cs", $"var b = \"{GitHubToken}\";\n");
            Write("readiness/secrets-baseline.json", $"{{ \"fingerprints\": [\"{unkeyed}\"] }}");
            GitRepository.Init(_root);

            var outcome = await Scan();

            Assert.Equal(CheckStatus.Passed, outcome.Result.Status);
            var keyed = outcome.Result.Findings.Single(f => f.Severity == FindingSeverity.Note).Fingerprint;
            var warning = outcome.Result.Findings.Single(f => f.Rule == "secret.baseline-unkeyed");
            Assert.Contains("replace readiness/secrets-baseline.json with artifacts/readiness/secrets-baseline.migrated.json", warning.Message);
            var migrated = File.ReadAllText(Path.Combine(_root, "artifacts", "readiness", "secrets-baseline.migrated.json"));
            Assert.Contains(keyed, migrated);
            Assert.DoesNotContain(unkeyed, migrated);
            Assert.DoesNotContain(outcome.Result.Findings, f => f.Fingerprint == unkeyed || f.Message.Contains(unkeyed, StringComparison.Ordinal));
        });

    [Fact]
    public async Task Inline_suppression_and_the_baseline_accept_known_secrets_but_a_swapped_secret_is_caught()
    {
        Write("src/Keys.cs", $"var a = \"{StripeKey}\"; // pipeline:allow documented test key\nvar b = \"{GitHubToken}\";\n");
        GitRepository.Init(_root);
        var first = await Scan();
        var fingerprint = Assert.Single(first.Result.Findings).Fingerprint;
        Write("readiness/secrets-baseline.json", $"{{ \"fingerprints\": [\"{fingerprint}\"] }}");
        Write("src/Keys.cs", $"\n\n// moved down\nvar b = \"{GitHubToken}\";\n");

        var moved = await Scan();
        Write("src/Keys.cs", $"var b = \"{GitHubToken[..^4]}WXYZ\";\n");
        var swapped = await Scan();

        Assert.Equal(CheckStatus.Passed, moved.Result.Status);
        Assert.Equal(FindingSeverity.Note, Assert.Single(moved.Result.Findings).Severity);
        Assert.Equal(CheckStatus.Failed, swapped.Result.Status);
    }

    [Fact]
    public async Task A_secret_added_and_deleted_in_history_is_found_since_the_ref()
    {
        Write("README.md", "# Service\n");
        GitRepository.Init(_root);
        var before = GitRepository.Head(_root);
        Write("deploy.sh", $"export STRIPE={StripeKey}\n");
        GitRepository.CommitAll(_root, "add deploy script");
        File.Delete(Path.Combine(_root, "deploy.sh"));
        GitRepository.CommitAll(_root, "remove it again");

        var workingTree = await Scan();
        var history = await Scan(new SecretScanOptions { HistorySince = before });
        var badRef = await Scan(new SecretScanOptions { HistorySince = "no-such-ref" });

        Assert.Equal(CheckStatus.Passed, workingTree.Result.Status);
        Assert.Equal(CheckStatus.Failed, history.Result.Status);
        Assert.StartsWith("deploy.sh@", Assert.Single(history.Result.Findings).File);
        Assert.Equal(CheckStatus.Error, badRef.Result.Status);
    }

    [Fact]
    public async Task A_repository_without_files_is_an_error_not_a_pass()
    {
        GitRepository.Init(_root);

        Assert.Equal(CheckStatus.Error, (await Scan()).Result.Status);
    }

    [Fact]
    public async Task A_tracked_env_file_with_values_fails_but_templates_pass()
    {
        Write(".env.example", "DATABASE_URL=\nAPI_KEY=\n");
        Write("config/prod.env", "# production\nDATABASE_URL=postgres://prod\nEMPTY=\n");
        Write(".dockerignore", "**/*.env\n");
        GitRepository.Init(_root);

        var outcome = await Scan(item: Items.Security.NoEnvFile, check: new EnvFileCheck(new SecretScanOptions()));

        Assert.Equal(CheckStatus.Failed, outcome.Result.Status);
        var finding = Assert.Single(outcome.Result.Findings);
        Assert.Equal("config/prod.env", finding.File);
        Assert.Contains("1 value(s), excluded from the Docker build context", finding.Message);
    }

    [Fact]
    public async Task An_env_file_in_a_path_the_options_exclude_is_not_judged_and_is_counted()
    {
        // Found running ./build.sh Release on this repository: its labelled secret corpus holds a vendors.env of fakes.
        Write("corpus/config/vendors.env", "API_KEY=fake\n");
        Write("README.md", "# service\n");
        GitRepository.Init(_root);

        var outcome = await Scan(item: Items.Security.NoEnvFile, check: new EnvFileCheck(new SecretScanOptions { ExcludePaths = ["corpus/**"] }));

        Assert.Equal(CheckStatus.Passed, outcome.Result.Status);
        Assert.EndsWith("; 1 file(s) excluded by configuration", outcome.Result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_tracked_env_file_passes()
    {
        Write(".gitignore", ".env\n");
        Write(".env", "SECRET=value\n");
        Write("src/App.cs", "class App {}\n");
        GitRepository.Init(_root);

        var outcome = await Scan(item: Items.Security.NoEnvFile, check: new EnvFileCheck(new SecretScanOptions()));

        Assert.Equal(CheckStatus.Passed, outcome.Result.Status);
    }
}
