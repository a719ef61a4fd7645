namespace Pipeline.Readiness.PostgreSql;

/// <summary>A throwaway PostgreSQL on loopback from the machine's own binaries (Debian's <c>postgresql</c> package):
/// <c>initdb</c> into a folder (trust authentication, loopback only; as user postgres when running as root), started on
/// a free port with <c>pg_ctl</c>, stopped and deleted when disposed. It dies with the process that started it however
/// that ends (timeout, cancellation, SIGKILL): a detached supervisor watches the owner and stops the server when the
/// owner is gone; and each start reaps servers whose owner and supervisor both died (their folder names the owner).</summary>
internal sealed class LocalPostgreSqlServer : IAsyncDisposable
{
    private readonly IProcessRunner _processes;
    private readonly string _directory;
    private readonly string _pgCtl;

    private LocalPostgreSqlServer(IProcessRunner processes, string directory, string pgCtl, int port) =>
        (_processes, _directory, _pgCtl, ConnectionString) = (processes, directory, pgCtl, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");

    /// <summary>A superuser connection to the <c>postgres</c> database.</summary>
    public string ConnectionString { get; }

    /// <summary>The folder holding <c>initdb</c> and <c>pg_ctl</c> (the newest version under <c>/usr/lib/postgresql</c>), or null.</summary>
    public static string? FindBinaries(string installRoot = "/usr/lib/postgresql") => Directory.Exists(installRoot)
        ? Directory.GetDirectories(installRoot).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
        : null;

    /// <summary>Starts a server in a new folder under the system's temporary folder (which user postgres can reach,
    /// wherever the repository is). Throws when PostgreSQL is not installed.</summary>
    public static Task<LocalPostgreSqlServer> StartAsync(IProcessRunner processes, CancellationToken cancellation) =>
        StartAsync(processes, Environment.ProcessId, cancellation);

    /// <summary>Starts a server that lives only as long as the process <paramref name="owner"/>.</summary>
    internal static async Task<LocalPostgreSqlServer> StartAsync(IProcessRunner processes, int owner, CancellationToken cancellation)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException("PostgreSQL is not installed here (no initdb under /usr/lib/postgresql): apt-get install postgresql, or name a server");
        await ReapOrphansAsync(processes, Path.Combine(bin, "pg_ctl")).ConfigureAwait(false);
        var directory = Directory.CreateTempSubdirectory("pipeline-postgres-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, OwnerFile), owner.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellation).ConfigureAwait(false);
        var port = LoopbackPort.Free();
        var server = new LocalPostgreSqlServer(processes, directory, Path.Combine(bin, "pg_ctl"), port);
        try
        {
            if (Environment.UserName == "root")
            {
                await processes.RunAsync(new ProcessSpec("chown", ["-R", "postgres:postgres", directory]) { LogOutput = false }, cancellation).ConfigureAwait(false); // initdb refuses root
            }

            await server.AsPostgresAsync(Path.Combine(bin, "initdb"), ["-D", server.Data, "--auth=trust", "-U", "postgres", "--no-sync"], cancellation).ConfigureAwait(false);
            await server.AsPostgresAsync(server._pgCtl, ["-D", server.Data, "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off",
                "-l", Path.Combine(directory, "log"), "-w", "start"], cancellation).ConfigureAwait(false);
            await server.SuperviseAsync(owner).ConfigureAwait(false);
            return server;
        }
        catch
        {
            Directory.Delete(directory, recursive: true); // nothing half-made stays behind
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _processes.RunAsync(AsPostgres(_pgCtl, ["-D", Data, "-m", "immediate", "-w", "stop"]) with { CheckExitCode = false }, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private const string OwnerFile = "owner.pid";

    private string Data => Path.Combine(_directory, "data");

    /// <summary>A detached shell (its own session, so killing the owner's process tree does not reach it) that polls
    /// the owner once a second; when the owner is gone and the folder still there, it stops the server and deletes the
    /// folder. A normal dispose deletes the folder first, and the supervisor then just ends.</summary>
    private Task SuperviseAsync(int owner)
    {
        var stop = Environment.UserName == "root" ? $"runuser -u postgres -- '{_pgCtl}'" : $"'{_pgCtl}'";
        var script = $"exec >/dev/null 2>&1 </dev/null; echo $$ > '{_directory}/supervisor.pid'; "
            + $"while kill -0 {owner} && [ -d '{_directory}' ]; do sleep 1; done; "
            + $"if [ -d '{_directory}' ] && ! kill -0 {owner}; then {stop} -D '{Data}' -m immediate -w stop; rm -rf '{_directory}'; fi";
        return _processes.RunAsync(new ProcessSpec("setsid", ["-f", "sh", "-c", script]) { LogOutput = false }, CancellationToken.None);
    }

    /// <summary>Stops and deletes the servers of earlier runs whose owner process is gone (their supervisor died too,
    /// or never ran).</summary>
    private static async Task ReapOrphansAsync(IProcessRunner processes, string pgCtl)
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), "pipeline-postgres-*"))
        {
            var ownerFile = Path.Combine(directory, OwnerFile);
            if (!File.Exists(ownerFile) || !int.TryParse(await File.ReadAllTextAsync(ownerFile).ConfigureAwait(false), out var owner) || IsRunning(owner))
            {
                continue;
            }

            var supervisor = Path.Combine(directory, "supervisor.pid");
            if (File.Exists(supervisor) && int.TryParse(await File.ReadAllTextAsync(supervisor).ConfigureAwait(false), out var watching) && IsRunning(watching))
            {
                continue; // its supervisor is stopping it
            }

            Log.Warning($"Stopping a throwaway PostgreSQL left by an earlier run (owner process {owner} is gone): {directory}");
            try
            {
                await new LocalPostgreSqlServer(processes, directory, pgCtl, 0).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ProcessFailedException)
            {
                Log.Warning($"Could not remove {directory}: {exception.Message}");
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private Task<ProcessResult> AsPostgresAsync(string program, string[] arguments, CancellationToken cancellation) =>
        _processes.RunAsync(AsPostgres(program, arguments), cancellation);

    private static ProcessSpec AsPostgres(string program, string[] arguments) => Environment.UserName == "root"
        ? new ProcessSpec("runuser", ["-u", "postgres", "--", program, .. arguments]) { LogOutput = false }
        : new ProcessSpec(program, arguments) { LogOutput = false };
}
