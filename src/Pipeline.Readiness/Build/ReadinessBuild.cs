namespace Pipeline.Readiness;

/// <summary>A build with the readiness gate: <c>Readiness</c> runs every check and writes reports, the category
/// targets check one category, <c>Release</c> publishes only when nothing blocks, <c>SignOff</c> records a sign-off.
/// Override <see cref="ConfigureReadiness"/> to register checks and disable items.</summary>
public abstract class ReadinessBuild : PipelineBuild, IReadinessCategoryTargets, ICheckTargets
{
    private ReadinessSetup? _setup;

    /// <summary>The role signing off (<c>--role</c>): developer, tech-lead, security or operations.</summary>
    [Parameter("Sign-off role: developer, tech-lead, security or operations", Name = "Role")]
    public string? SignOffRole { get; set; }

    /// <summary>The name of the person signing off (<c>--name</c>).</summary>
    [Parameter("Your name, for the sign-off", Name = "Name")]
    public string? SignOffName { get; set; }

    /// <summary>Where <c>Publish</c> pushes packages: a folder or a feed URL (default <c>artifacts/feed</c>).</summary>
    [Parameter("Where Publish pushes packages: a folder or a feed URL (default: artifacts/feed)")]
    public string? PublishSource { get; set; }

    /// <summary>The API key for <see cref="PublishSource"/>; masked everywhere.</summary>
    [Parameter("API key for the publish source"), Secret]
    public string? PublishApiKey { get; set; }

    /// <summary>The image <c>BuildImage</c> builds (<c>--image-name</c>), e.g. <c>orders-api:1.4.2</c>.</summary>
    [Parameter("Image that BuildImage builds from the root's Dockerfile, e.g. orders-api:1.4.2")]
    public string? ImageName { get; set; }

    /// <summary>The verdict of the last evaluation in this run.</summary>
    public ReadinessVerdict? Verdict { get; private set; }

    /// <summary>The gate's configuration, built once per run.</summary>
    public ReadinessSetup Setup => _setup ??= CreateSetup();

    /// <summary>Runs every registered check (all of them, whatever fails) and writes the reports.</summary>
    public virtual Target Readiness => _ => _
        .Description("Runs every readiness check and writes reports to artifacts/readiness")
        .Executes(token => EvaluateAsync(_ => true, token));

    /// <summary>Refuses the release when any item blocks.</summary>
    public virtual Target Gate => _ => _
        .Description("Refuses the release when any item is Failed, Error or Pending")
        .DependsOn(Readiness)
        .Executes(() => ReleaseRefusal.ThrowIfBlocked(Verdict!, "Release"));

    /// <summary>Publishes, only after the gate passed.</summary>
    public virtual Target Publish => _ => _
        .Description("Packs and pushes the packages (default: to artifacts/feed)")
        .DependsOn(Gate)
        .Executes(PublishAsync);

    /// <summary>Readiness, then the gate decision, then Publish.</summary>
    public virtual Target Release => _ => _
        .Description("Readiness -> gate -> Publish; refuses to publish when anything blocks")
        .DependsOn(Publish);

    /// <summary>Builds the service image with <c>docker build</c> (engine from <c>DOCKER_HOST</c>), before <c>ScanImage</c>.</summary>
    public virtual Target BuildImage => _ => _
        .Description("Builds the service image from the root's Dockerfile: --image-name <name:tag>")
        .Requires(() => ImageName)
        .Before<ICheckTargets>(x => x.ScanImage)
        .Executes(token => Processes.RunAsync(new ProcessSpec("docker", ["build", "--tag", ImageName!, "--file", "Dockerfile", "."])
        {
            WorkingDirectory = RootDirectory,
            Environment = new Dictionary<string, string?> { ["DOCKER_HOST"] = EnvironmentVariables.GetValueOrDefault("DOCKER_HOST") },
        }, token));

    /// <summary>Records a sign-off for the current commit in readiness/signoffs.yaml.</summary>
    public virtual Target SignOff => _ => _
        .Description("Signs off the current commit: --role <role> --name \"<name>\"")
        .Requires(() => SignOffRole)
        .Requires(() => SignOffName)
        .Executes(token => SignOffWriter.WriteAsync(RootDirectory, Processes, Time, SignOffRole!, SignOffName!, token));

    /// <summary>Registers checks, adds or disables items. The default enforces the whole seed checklist.</summary>
    protected virtual void ConfigureReadiness(ReadinessSetup setup)
    {
    }

    /// <summary>Publishes the packages; the default packs the root's solution and pushes to <see cref="PublishSource"/>.</summary>
    protected virtual Task PublishAsync(CancellationToken cancellation) =>
        new PackagePublisher(RootDirectory, Processes).PublishAsync(PublishSource, PublishApiKey, cancellation);

    /// <inheritdoc />
    public async Task EvaluateCategoryAsync(ReadinessCategory category, CancellationToken cancellation)
    {
        var verdict = await EvaluateAsync(i => i.Category == category, cancellation).ConfigureAwait(false);
        ReleaseRefusal.ThrowIfBlocked(verdict, category.ToString());
    }

    /// <inheritdoc />
    public async Task EvaluateItemsAsync(string target, CancellationToken cancellation)
    {
        var verdict = await EvaluateAsync(i => CheckTargets.TargetOf.GetValueOrDefault(i.Id) == target, cancellation).ConfigureAwait(false);
        ReleaseRefusal.ThrowIfBlocked(verdict, target);
    }

    /// <summary>Whether checks are added by default for what the root holds (a .NET solution or project gets the
    /// code checks) for items the build registered nothing for. On by default.</summary>
    protected virtual bool UseDefaultChecks => true;

    private async Task<ReadinessVerdict> EvaluateAsync(Func<ChecklistItem, bool> scope, CancellationToken cancellation)
    {
        var engine = new ReadinessEngine(RootDirectory, Processes, Secrets, Time);
        Verdict = await engine.EvaluateAsync(Setup, scope, cancellation).ConfigureAwait(false);
        var directory = Path.Combine(RootDirectory, Setup.ReportDirectory);
        var written = ReportWriter.Write(Verdict, directory, Setup.ProjectName ?? new DirectoryInfo(RootDirectory).Name,
            EnvironmentVariables.GetValueOrDefault("GITHUB_STEP_SUMMARY"));
        Log.Information($"Reports: {written.Count} files in {Path.GetRelativePath(RootDirectory, directory)}/ (verdict: {(Verdict.Passed ? "passed" : "refused")})");
        return Verdict;
    }

    private ReadinessSetup CreateSetup()
    {
        var setup = new ReadinessSetup();
        ConfigureReadiness(setup);
        if (UseDefaultChecks && CodeTarget.Candidates(RootDirectory).Count > 0)
        {
            setup.AddDotNetCodeChecks().AddDependencyChecks();
        }

        if (UseDefaultChecks)
        {
            setup.AddSecretChecks();
        }

        return setup;
    }
}
