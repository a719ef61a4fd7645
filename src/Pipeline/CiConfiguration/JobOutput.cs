using Pipeline.IO;

namespace Pipeline.CiConfiguration;

/// <summary>Records a fanned-out job's digest where the CI running it hands job outputs on to the jobs that need it:
/// GitHub's <c>GITHUB_OUTPUT</c> file, Azure's <c>task.setvariable … isOutput=true</c> logging command, GitLab's dotenv
/// report (<see cref="FanOutJob.DigestFile"/>). Outside a CI nothing is recorded.</summary>
internal static class JobOutput
{
    /// <summary>Records <paramref name="digest"/> as <paramref name="job"/>'s digest output; returns where, or null.</summary>
    public static string? RecordDigest(IReadOnlyDictionary<string, string> environment, string root, FanOutJob job, string digest)
    {
        if (environment.GetValueOrDefault("GITHUB_OUTPUT") is { Length: > 0 } output)
        {
            File.AppendAllText(output, $"{FanOutJob.DigestOutput}={digest}\n");
            return "GITHUB_OUTPUT";
        }

        if (string.Equals(environment.GetValueOrDefault("TF_BUILD"), "True", StringComparison.OrdinalIgnoreCase))
        {
            Log.Information($"##vso[task.setvariable variable={FanOutJob.DigestOutput};isOutput=true]{digest}");
            return "the step's output variable";
        }

        if (environment.ContainsKey("GITLAB_CI"))
        {
            var path = Path.Combine(root, job.DigestFile);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllText(path, $"{job.DigestVariable}={digest}\n");
            return job.DigestFile;
        }

        return null;
    }
}
