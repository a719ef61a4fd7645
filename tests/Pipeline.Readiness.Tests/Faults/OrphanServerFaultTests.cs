using System.Net.Sockets;
using Pipeline.Readiness.PostgreSql;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>Throwaway PostgreSQL servers die with the run that started them, however it ends, and servers left by an
/// earlier run are reaped at the next start (issue item 14). The "run" is a real process (sleep) that the test kills,
/// as a timeout or SIGKILL would; the servers are real.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class OrphanServerFaultTests
{
    private static System.Diagnostics.Process Owner() => System.Diagnostics.Process.Start("sleep", ["600"]);

    private static int PortOf(LocalPostgreSqlServer server) =>
        int.Parse(server.ConnectionString.Split(';').Single(p => p.StartsWith("Port=", StringComparison.Ordinal))[5..], System.Globalization.CultureInfo.InvariantCulture);

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<bool> Eventually(Func<bool> condition, TimeSpan limit)
    {
        for (var waited = TimeSpan.Zero; waited < limit; waited += TimeSpan.FromMilliseconds(250))
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return condition();
    }

    [Fact]
    public Task A_server_stops_when_the_run_that_started_it_is_killed() =>
        FaultLedger.Case("orphans: the owner of a throwaway PostgreSQL is killed", FaultKind.Crash, async () =>
        {
            using var owner = Owner();
            var server = await LocalPostgreSqlServer.StartAsync(new ProcessRunner(), owner.Id, CancellationToken.None);
            var port = PortOf(server);
            Assert.True(Listening(port));

            owner.Kill();

            Assert.True(await Eventually(() => !Listening(port), TimeSpan.FromSeconds(30)), "the server outlived the run that started it");
        });

    [Fact]
    public Task A_server_whose_owner_and_supervisor_died_is_reaped_at_the_next_start() =>
        FaultLedger.Case("orphans: a server left by an earlier run", FaultKind.Crash, async () =>
        {
            using var owner = Owner();
            var orphan = await LocalPostgreSqlServer.StartAsync(new ProcessRunner(), owner.Id, CancellationToken.None);
            var port = PortOf(orphan);
            var folder = Directory.GetDirectories(Path.GetTempPath(), "pipeline-postgres-*")
                .Single(d => File.Exists(Path.Combine(d, "owner.pid")) && File.ReadAllText(Path.Combine(d, "owner.pid")) == owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(await Eventually(() => File.Exists(Path.Combine(folder, "supervisor.pid")), TimeSpan.FromSeconds(10)));
            using (var supervisor = System.Diagnostics.Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(folder, "supervisor.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture)))
            {
                supervisor.Kill(); // as a reboot of the supervisor's session, or kill -9 of everything, would
                await supervisor.WaitForExitAsync();
            }

            owner.Kill();
            await owner.WaitForExitAsync();
            Assert.True(Listening(port), "without its supervisor the orphan should still run until the next start");

            await using var next = await LocalPostgreSqlServer.StartAsync(new ProcessRunner(), CancellationToken.None);

            Assert.False(Listening(port));
            Assert.False(Directory.Exists(folder));
        });
}
