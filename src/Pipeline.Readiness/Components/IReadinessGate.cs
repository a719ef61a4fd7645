namespace Pipeline.Readiness.Components;

/// <summary>The whole gate as one component: <c>class Build : PipelineBuild, IReadinessGate</c>. <c>Readiness</c> runs
/// every check and writes reports, <c>Gate</c> refuses when any item blocks, <c>Release</c> = Readiness → Gate →
/// Publish, <c>SignOff</c> records a sign-off, and one target per category evaluates that category. The code,
/// secret, dependency, migration, configuration (with the connection-pool settings), operations, monitoring and
/// runtime components come with it. A generated workflow can fan its checks out to parallel jobs (<c>Evidence</c>)
/// and decide from their evidence (<c>Readiness --evidence-from</c>).</summary>
[Pipeline.CiConfiguration.FanOutProvider(typeof(ReadinessFanOut))]
public interface IReadinessGate : ILint, ITest, IReportCoverage, ICheckSecrets, IScanDependencies, IVerifyMigrations, ICheckConfiguration, ICheckOperations, ICheckMonitoring, IProbeRuntime, IPublish
{
    /// <summary>The role signing off (<c>--role</c>): developer, tech-lead, security or operations.</summary>
    [Parameter("Sign-off role: developer, tech-lead, security or operations", Name = "Role")]
    string? SignOffRole => this.ParameterValue<string>(nameof(SignOffRole));

    /// <summary>The name of the person signing off (<c>--name</c>).</summary>
    [Parameter("Your name, for the sign-off", Name = "Name")]
    string? SignOffName => this.ParameterValue<string>(nameof(SignOffName));

    /// <summary>The part of the checklist <c>Evidence</c> evaluates (<c>--evidence-part</c>): one job of a fanned-out workflow.</summary>
    [Parameter("The part of the checklist the Evidence target evaluates (one job of a fanned-out workflow; --help on Evidence lists them)")]
    string? EvidencePart => this.ParameterValue<string>(nameof(EvidencePart));

    /// <summary>A folder holding the evidence of a fanned-out workflow's jobs (<c>--evidence-from</c>): Readiness then
    /// runs no check and decides from it, after verifying it.</summary>
    [Parameter("The folder of a fanned-out workflow's evidence: Readiness verifies it and decides from it instead of running the checks")]
    string? EvidenceFrom => this.ParameterValue<string>(nameof(EvidenceFrom));

    /// <summary>The digests the jobs recorded (<c>--evidence-digests</c>, <c>part=digest;…</c>), which the evidence
    /// in <see cref="EvidenceFrom"/> must match.</summary>
    [Parameter("The digests the fanned-out jobs recorded, part=digest;... (the generated workflow passes them from the jobs' outputs)")]
    string? EvidenceDigests => this.ParameterValue<string>(nameof(EvidenceDigests));

    /// <summary>Runs every check again (<c>--no-cache</c>): no outcome is reused from the evidence cache.</summary>
    [Parameter("Runs every check again: no unchanged passing outcome is reused from the evidence cache (.nuke/temp/evidence)")]
    bool NoCache => this.ParameterValue<bool>(nameof(NoCache));

    /// <summary>How many checks run at once (<c>--concurrent-checks</c>; default: the setup's
    /// <see cref="ReadinessSetup.ConcurrentChecks"/>, the processor count; 1 runs them one after another).</summary>
    [Parameter("How many checks run at once (default: the processor count; 1 runs them one after another); checks that hold a common resource never do")]
    int? ConcurrentChecks => this.ParameterValue<int?>(nameof(ConcurrentChecks));

    /// <summary>Runs every registered check (all of them, whatever fails), writes the reports, and fails when any
    /// item blocks (after writing every report). With <see cref="EvidenceFrom"/> it runs none and decides from the
    /// fanned-out jobs' evidence, refusing what is missing, foreign, stale or altered.</summary>
    Target Readiness => _ => _
        .Description("Runs every readiness check, writes reports to artifacts/readiness, fails when anything blocks")
        .NotSkippable("Gate and Publish decide on the verdict it makes in this run")
        .Executes(token => ReadinessState.Of(this).EvaluateWholeAsync(EvidenceFrom, EvidenceDigests, token));

    /// <summary>Evaluates one part of the checklist (<see cref="EvidencePart"/>) and writes its evidence for the
    /// fan-in (a job of a fanned-out workflow); fails when anything in it blocks. With <see cref="ITest.TestPartition"/>
    /// it runs that partition of the part's tests instead and keeps their results for the fan-in to merge.</summary>
    Target Evidence => _ => _
        .Description("Evaluates one part of the checklist (--evidence-part) and writes its evidence for a fan-in (Readiness --evidence-from)")
        .Requires(() => EvidencePart)
        .Executes(token => ReadinessState.Of(this).EvaluateEvidencePartAsync(EvidencePart!, TestPartition, token));

    /// <summary>Refuses the release unless this run's verdict of the whole checklist passed, on a clean tree, for
    /// the commit that is checked out now.</summary>
    Target Gate => _ => _
        .Description("Refuses the release when any item is Failed, Error or Pending, or the tree is not the one evaluated")
        .DependsOn(Readiness)
        .NotSkippable("it decides whether anything is published")
        .Executes(token => ReleaseGuard.VerifyAsync(this, "Release", token));

    /// <summary>Readiness, then the gate decision, then Publish.</summary>
    Target Release => _ => _
        .Description("Readiness -> gate -> Publish; refuses to publish when anything blocks")
        .DependsOn(Publish);

    /// <summary>Records a sign-off for the current commit in readiness/signoffs.yaml.</summary>
    Target SignOff => _ => _
        .Description("Signs off the current commit: --role <role> --name \"<name>\"")
        .Requires(() => SignOffRole)
        .Requires(() => SignOffName)
        .Executes(token => SignOffWriter.WriteAsync(RootDirectory, Processes, Time, SignOffRole!, SignOffName!, token));

    /// <summary>Evaluates the Security items; fails when any blocks.</summary>
    Target Security => _ => _.Description("Checks the Security items").Executes(token => ReadinessState.Of(this).EvaluateCategoryAsync(ReadinessCategory.Security, token));

    /// <summary>Evaluates the Configuration items; fails when any blocks. (A default interface member, so that a
    /// build's own <c>Configuration</c> parameter does not clash with it.)</summary>
    Target Configuration => _ => _.Description("Checks the Configuration items").Executes(token => ReadinessState.Of(this).EvaluateCategoryAsync(ReadinessCategory.Configuration, token));

    /// <summary>Evaluates the Database items; fails when any blocks.</summary>
    Target Database => _ => _.Description("Checks the Database items").Executes(token => ReadinessState.Of(this).EvaluateCategoryAsync(ReadinessCategory.Database, token));

    /// <summary>Evaluates the Monitoring items; fails when any blocks.</summary>
    Target Monitoring => _ => _.Description("Checks the Monitoring & Alerting items").Executes(token => ReadinessState.Of(this).EvaluateCategoryAsync(ReadinessCategory.Monitoring, token));

    /// <summary>Evaluates the Operations items; fails when any blocks.</summary>
    Target Operations => _ => _.Description("Checks the Operations items").Executes(token => ReadinessState.Of(this).EvaluateCategoryAsync(ReadinessCategory.Operations, token));

    /// <summary>Runs the gates of the services this repository holds (<see cref="ReadinessSetup.AddServiceGate(string)"/>)
    /// and nothing else; fails when any blocks.</summary>
    Target Services => _ => _.Description("Runs the gates of the services this repository holds (AddServiceGate)")
        .Executes(token => ReadinessState.Of(this).EvaluatePartAsync(nameof(Services), Checks.Services.ServiceGateChecks.IsServiceGate, token));

    /// <summary>Evaluates the Testing items; fails when any blocks.</summary>
    Target Testing => _ => _.Description("Checks the Testing items").Executes(token => ReadinessState.Of(this).EvaluateCategoryAsync(ReadinessCategory.Testing, token));
}
