namespace Pipeline.Readiness;

/// <summary>The whole gate as one component: <c>class Build : PipelineBuild, IReadinessGate</c>. <c>Readiness</c> runs
/// every check and writes reports, <c>Gate</c> refuses when any item blocks, <c>Release</c> = Readiness → Gate →
/// Publish, <c>SignOff</c> records a sign-off; the code, secret, dependency, migration, configuration, operations, monitoring and runtime components come with it.</summary>
public interface IReadinessGate : IReadinessCategoryTargets, ILint, ITest, IReportCoverage, ICheckSecrets, IScanDependencies, IVerifyMigrations, ICheckConfiguration, ICheckOperations, ICheckMonitoring, IProbeRuntime, IPublish
{
    /// <summary>The role signing off (<c>--role</c>): developer, tech-lead, security or operations.</summary>
    [Parameter("Sign-off role: developer, tech-lead, security or operations", Name = "Role")]
    string? SignOffRole => this.ParameterValue<string>(nameof(SignOffRole));

    /// <summary>The name of the person signing off (<c>--name</c>).</summary>
    [Parameter("Your name, for the sign-off", Name = "Name")]
    string? SignOffName => this.ParameterValue<string>(nameof(SignOffName));

    /// <summary>Runs every registered check (all of them, whatever fails) and writes the reports.</summary>
    Target Readiness => _ => _
        .Description("Runs every readiness check and writes reports to artifacts/readiness")
        .Executes(token => ReadinessState.Of(this).EvaluateAsync(_ => true, token));

    /// <summary>Refuses the release when any item blocks.</summary>
    Target Gate => _ => _
        .Description("Refuses the release when any item is Failed, Error or Pending")
        .DependsOn(Readiness)
        .Executes(() => ReleaseRefusal.ThrowIfBlocked(Verdict!, "Release"));

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
}
