using System.Globalization;
using System.Text;
using Pipeline.IO;

namespace Pipeline.Readiness;

/// <summary>Records a sign-off for HEAD in <c>readiness/signoffs.yaml</c>, replacing that role's earlier one.
/// Refuses outside git, with uncommitted changes (the sign-off would not cover them), or when the file is malformed.</summary>
internal static class SignOffWriter
{
    public static async Task WriteAsync(string root, IProcessRunner processes, TimeProvider time, string roleText, string name, CancellationToken cancellation)
    {
        var role = SignOffRoles.Parse(roleText) ?? throw new InvalidOperationException(
            $"'{roleText}' is not a role; expected one of: {string.Join(", ", Enum.GetValues<SignOffRole>().Select(SignOffRoles.Name))}.");
        var commit = await CommitReader.ReadAsync(processes, root, cancellation).ConfigureAwait(false);
        if (commit == CommitReader.Unknown)
        {
            throw new InvalidOperationException("A sign-off is bound to a commit, and this is not a git repository with a commit.");
        }

        var status = await Git.RunAsync(processes, root, ["status", "--porcelain", "--untracked-files=no"], cancellation).ConfigureAwait(false);
        var changed = (status?.StandardOutput ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line[3..].StartsWith("readiness/", StringComparison.Ordinal)).ToList();
        if (changed.Count > 0)
        {
            throw new InvalidOperationException($"Commit your changes first: the sign-off is for commit {commit[..12]}, which does not include: {string.Join(", ", changed.Select(l => l[3..]))}.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var existing = GovernanceReader.Read(root, today, new HashSet<string>());
        var problems = existing.Problems.Where(p => p.File == GovernancePaths.SignOffs).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Fix {GovernancePaths.SignOffs} first: {string.Join("; ", problems)}");
        }

        var signOffs = existing.SignOffs.Where(s => s.Role != role).Append(new SignOff(role, name, today, commit));
        AtomicFile.WriteAllText(Path.Combine(root, GovernancePaths.SignOffs), Render(signOffs));
        Log.Information($"Signed off as {SignOffRoles.Name(role)} ({name}) for commit {commit}. Commit {GovernancePaths.SignOffs}.");
    }

    private static string Render(IEnumerable<SignOff> signOffs)
    {
        var text = new StringBuilder("# Sign-offs, each bound to the commit it was given for. Written by ./build.sh SignOff.\nsignoffs:\n");
        foreach (var signOff in signOffs.OrderBy(s => s.Role))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - role: {SignOffRoles.Name(signOff.Role)}\n    name: {Quote(signOff.Name)}\n")
                .Append(CultureInfo.InvariantCulture, $"    date: {signOff.Date:yyyy-MM-dd}\n    commit: {signOff.Commit}\n");
        }

        return text.ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
