using System.Diagnostics;

namespace Pipeline.Readiness.Tests.Checks.Image;

/// <summary>A real Docker engine for the test run: <c>dockerd</c> from Debian's docker.io on a private socket, with
/// no bridge or iptables (the machine has no network), plus the test images, built offline <c>FROM scratch</c> with
/// busybox from busybox-static. One engine per test class; stopped at the end.</summary>
public sealed class DockerEngine : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-docker-").FullName;
    private System.Diagnostics.Process? _daemon;

    public Uri Endpoint => new($"unix://{Socket}");

    private string Socket => Path.Combine(_root, "docker.sock");

    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo("dockerd",
            ["--data-root", Path.Combine(_root, "data"), "--exec-root", Path.Combine(_root, "exec"), "--pidfile", Path.Combine(_root, "docker.pid"),
             "-H", $"unix://{Socket}", "--bridge=none", "--iptables=false", "--ip-masq=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            _daemon = System.Diagnostics.Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("dockerd is not installed: apt-get install -y docker.io busybox-static (.ci/run does this)", exception);
        }

        _daemon.OutputDataReceived += (_, _) => { };
        _daemon.ErrorDataReceived += (_, _) => { };
        _daemon.BeginOutputReadLine();
        _daemon.BeginErrorReadLine();
        for (var attempt = 0; attempt < 120 && (await Docker("info")).ExitCode != 0; attempt++)
        {
            await Task.Delay(250);
        }

        await Build("root-with-secrets:1.0", """
            FROM scratch
            COPY busybox /bin/busybox
            COPY .env /app/.env
            RUN ["/bin/busybox", "rm", "/app/.env"]
            ENV AWS_ACCESS_KEY_ID=AKIAZ4XQ7WLM3KD9PQ2R
            """);
        await Build("clean:1.0", """
            FROM scratch
            COPY busybox /bin/busybox
            USER 1000
            EXPOSE 8080
            HEALTHCHECK CMD ["/bin/busybox", "true"]
            """);
        await Build("with-packages:1.0", """
            FROM scratch
            COPY busybox /bin/busybox
            COPY status /var/lib/dpkg/status
            COPY os-release /etc/os-release
            USER 1000
            HEALTHCHECK CMD ["/bin/busybox", "true"]
            """);
    }

    public async Task<(int ExitCode, string Output)> Docker(params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(new ProcessStartInfo("docker", ["-H", $"unix://{Socket}", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOCKER_BUILDKIT"] = "0" },
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private async Task Build(string tag, string dockerfile)
    {
        var context = Path.Combine(_root, "build", tag.Replace(':', '-'));
        Directory.CreateDirectory(context);
        File.Copy("/bin/busybox", Path.Combine(context, "busybox"));
        File.WriteAllText(Path.Combine(context, ".env"), "DB_PASSWORD=Kq9!vR2#mX7wL4\n"); // pipeline:allow fake, baked into a test image
        File.WriteAllText(Path.Combine(context, "Dockerfile"), dockerfile);
        // As dpkg writes it: the binary package, and the source package its advisories are filed under.
        File.WriteAllText(Path.Combine(context, "status"), "Package: libssl3\nStatus: install ok installed\nSource: openssl\nVersion: 3.0.11-1~deb12u1\n\nPackage: zlib1g\nStatus: install ok installed\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\n");
        File.WriteAllText(Path.Combine(context, "os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n");
        var (exit, output) = await Docker("build", "-q", "-t", tag, context);
        if (exit != 0)
        {
            throw new InvalidOperationException($"docker build {tag} failed: {output}");
        }
    }

    public Task DisposeAsync()
    {
        if (_daemon is { HasExited: false })
        {
            _daemon.Kill(entireProcessTree: true);
            _daemon.WaitForExit(10_000);
        }

        _daemon?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // overlay mounts can linger for a moment after the daemon dies; the temp folder is cleaned by the OS
        }

        return Task.CompletedTask;
    }
}
