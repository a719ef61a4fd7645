namespace Pipeline.Readiness;

/// <summary>What a check's outcome depends on, so that an unchanged passing outcome can be reused instead of running
/// it again: the tracked files it reads (globs over the committed tree; the default is every file except the
/// governance files, which no check reads), the environment variables it uses, whether it is bound to the commit
/// itself (a history scan), and whether it depends on something outside the repository (an advisory feed, a live
/// service), which shortens how long its outcome may be reused. A check that declares nothing is never reused.</summary>
/// <param name="Files">Globs over the committed tree's paths (e.g. <c>docs/**/*.md</c>).</param>
internal sealed record EvidenceReuse(IReadOnlyList<string> Files)
{
    /// <summary>Every tracked file but the governance files (waivers, attestations, sign-offs).</summary>
    public static EvidenceReuse WholeTree { get; } = new(["**/*"]);

    /// <summary>The environment variables the check reads.</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>The programs the check runs (e.g. <c>dotnet</c>): which one is installed is part of the inputs.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>Folders outside the repository whose entries are inputs by name: where packages are installed
    /// (<c>pytest-8.3.4.dist-info</c>), so installing, removing or upgrading one changes the key. A path may start with
    /// <c>~/</c> (the home folder), be relative to the root, and hold <c>*</c> in any segment.</summary>
    public IReadOnlyList<string> Installed { get; init; } = [];

    /// <summary>What the check writes under the report directory for the release (files or folders, relative to it,
    /// e.g. <c>coverage</c>): kept with the outcome and put back when it is reused, so a reused check leaves the same
    /// artifacts as a run; an outcome whose artifacts are not all there is not kept.</summary>
    public IReadOnlyList<string> Artifacts { get; init; } = [];

    /// <summary>Paths relative to the root that the check runs and that may be built rather than committed (the
    /// service's <c>artifacts/service/OrdersApi.dll</c>): one the committed tree does not hold counts by the content of
    /// every file in its folder (what the program loads beside it), one it holds is covered by <see cref="Files"/>.</summary>
    public IReadOnlyList<string> Built { get; init; } = [];

    /// <summary>Whether the outcome is about the commit itself (its history), not only its files.</summary>
    public bool Commit { get; init; }

    /// <summary>Whether the outcome depends on something outside the repository; such outcomes are reused for at most
    /// <see cref="ExternalLimit"/>.</summary>
    public bool External { get; init; }

    /// <summary>How long an outcome that depends on something outside the repository may be reused.</summary>
    public static TimeSpan ExternalLimit { get; } = TimeSpan.FromDays(1);
}
