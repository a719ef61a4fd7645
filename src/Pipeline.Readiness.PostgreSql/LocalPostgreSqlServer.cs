namespace Pipeline.Readiness.PostgreSql;

/// <summary>A throwaway PostgreSQL on loopback from the machine's own binaries (Debian's <c>postgresql</c> package):
/// <c>initdb</c> into a folder (trust authentication, loopback only; as user postgres when running as root), started on
/// a free port with <c>pg_ctl</c>, stopped and deleted when disposed.</summary>
public sealed class LocalPostgreSqlServer : IAsyncDisposable
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
    public static async Task<LocalPostgreSqlServer> StartAsync(IProcessRunner processes, CancellationToken cancellation)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException("PostgreSQL is not installed here (no initdb under /usr/lib/postgresql): apt-get install postgresql, or name a server");
        var directory = Directory.CreateTempSubdirectory("pipeline-postgres-").FullName;
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
            await AsPostgresAsync(_pgCtl, ["-D", Data, "-m", "immediate", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string Data => Path.Combine(_directory, "data");

    private Task<ProcessResult> AsPostgresAsync(string program, string[] arguments, CancellationToken cancellation) =>
        _processes.RunAsync(Environment.UserName == "root"
            ? new ProcessSpec("runuser", ["-u", "postgres", "--", program, .. arguments]) { LogOutput = false }
            : new ProcessSpec(program, arguments) { LogOutput = false }, cancellation);
}
