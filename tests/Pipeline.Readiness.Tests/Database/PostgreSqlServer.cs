using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Pipeline.Readiness.Tests.Database;

/// <summary>A real PostgreSQL for the whole test run (shared by the <see cref="PostgreSqlCollection"/>): Debian's
/// postgresql, <c>initdb</c> into a temporary folder as user postgres (trust auth, loopback only), <c>pg_ctl</c>
/// start on a free port, stopped at the end. <c>PIPELINE_TEST_POSTGRES</c> (a connection string) uses a running one.</summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-postgres-").FullName;
    private string? _pgCtl;

    /// <summary>A superuser connection to the <c>postgres</c> database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("PIPELINE_TEST_POSTGRES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does this)");
        }

        var data = Path.Combine(_root, "data");
        var port = FreePort();
        if (Environment.UserName == "root")
        {
            Run("chown", "-R", "postgres:postgres", _root); // initdb refuses to run as root
        }

        AsPostgres(Path.Combine(bin, "initdb"), "-D", data, "--auth=trust", "-U", "postgres", "--no-sync");
        _pgCtl = Path.Combine(bin, "pg_ctl");
        AsPostgres(_pgCtl, "-D", data, "-o", $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off", "-l", Path.Combine(_root, "log"), "-w", "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
        await ExecuteAsync("SELECT 1");
    }

    public Task DisposeAsync()
    {
        if (_pgCtl is not null)
        {
            AsPostgres(_pgCtl, "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop");
        }

        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}"[..30];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task ExecuteAsync(string sql) => ExecuteAsync(ConnectionString, sql);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void AsPostgres(string program, params string[] arguments) =>
        Run(Environment.UserName == "root" ? "runuser" : program, Environment.UserName == "root" ? ["-u", "postgres", "--", program, .. arguments] : arguments);

    private static void Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}{output.Result}");
        }
    }
}

/// <summary>The tests that share one PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
