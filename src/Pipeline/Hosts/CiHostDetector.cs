namespace Pipeline.Hosts;

/// <summary>Finds the CI host from the environment the build was started with.</summary>
internal static class CiHostDetector
{
    public static ICiHost Detect(IReadOnlyDictionary<string, string> environment, TimeProvider time)
    {
        bool IsSet(string name) => environment.TryGetValue(name, out var v) && v.Equals("true", StringComparison.OrdinalIgnoreCase);

        if (IsSet("GITHUB_ACTIONS"))
        {
            return new GitHubActionsHost(environment.GetValueOrDefault("GITHUB_STEP_SUMMARY"));
        }

        if (IsSet("TF_BUILD"))
        {
            return new AzurePipelinesHost();
        }

        return IsSet("GITLAB_CI") ? new GitLabHost(time) : new LocalHost();
    }
}
