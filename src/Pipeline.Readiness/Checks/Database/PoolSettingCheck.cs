using Pipeline.Readiness.Checks.Database.Rules;

namespace Pipeline.Readiness.Checks.Database;

/// <summary>One connection-pool item decided by its <see cref="PoolRule"/>: the seed's variable (<c>DB_POOL_SIZE</c>,
/// <c>DB_MAX_OVERFLOW</c>, <c>DB_POOL_PRE_PING</c>, <c>DB_POOL_RECYCLE</c>) or, when it is absent, the Npgsql keyword in
/// the connection string. Read from settings files and Kubernetes manifests; findings name key, value and file(line).
/// No source at all is an Error.</summary>
internal sealed class PoolSettingCheck(PoolConfigurationOptions options, PoolRule rule, ConfigurationViews? views = null) : ReadinessCheck<PoolConfigurationOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    private readonly ConfigurationViews _views = views ?? Views(options);

    /// <summary>The configuration reads the four pool checks of one run share.</summary>
    public static ConfigurationViews Views(PoolConfigurationOptions options) => new(new ConfigurationOptions { Files = options.Files, Manifests = options.Manifests });

    /// <inheritdoc />
    public override string Name => $"pool-{rule.Name}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var view = await _views.LoadAsync(context).ConfigureAwait(false);
        if (view.Sources.Count == 0 && Python.SqlAlchemyEngines.Find(context.Root) is { Count: > 0 } found)
        {
            return InCode(found, rule.Variable(Options));
        }

        if (view.Sources.Count == 0)
        {
            return CheckResult.Error($"none of the settings files or manifests exist: {string.Join(", ", Options.Files.Concat(Options.Manifests))}");
        }

        var variable = rule.Variable(Options);
        var entry = view.Winner(variable, StringComparison.Ordinal);
        var connection = view.Winners.FirstOrDefault(e => e.Key == Options.ConnectionStringKey && e.Reference is null);
        if (entry is null && connection is null && Python.SqlAlchemyEngines.Find(context.Root) is { Count: > 0 } engines)
        {
            return InCode(engines, variable);
        }

        if (entry is null && connection is null && !view.Knows(variable))
        {
            return CheckResult.Error($"{variable} is not a setting of this service and no plain {Options.ConnectionStringKey} holds pool keywords: map the item to its own key (PoolConfigurationOptions), or decide it with a check of your own");
        }
        var (problem, evidence) = entry is not null ? (rule.OfVariable(entry.Value, $"{entry.Key}={entry.Value} at {entry.Source}", Options), $"{entry.Key}={entry.Value} at {entry.Source}")
            : connection is not null ? rule.OfKeywords(PoolKeywords.Parse(connection.Value), $"{connection.Key} at {connection.Source}", Options)
            : ($"{view.NotSet(variable)}, and there is no plain {Options.ConnectionStringKey} to read pool keywords from", string.Empty);
        var source = entry ?? connection;
        return problem is null
            ? CheckResult.Passed(1, evidence)
            : CheckResult.Failed(1, problem, Finding.Create($"pool.{rule.Name}", FindingSeverity.Error, source?.FindingFile, source?.FindingLine, problem, variable));
    }

    /// <summary>No configuration names the setting, but the code creates SQLAlchemy engines: their keyword decides (a
    /// literal is judged by the rule; SQLAlchemy's default when absent is not a setting for the expected load; an
    /// expression is undecided).</summary>
    private CheckResult InCode(List<Python.EngineCall> engines, string variable)
    {
        var keyword = rule.Name switch { "size" => "pool_size", "maxoverflow" => "max_overflow", "preping" => "pool_pre_ping", _ => "pool_recycle" };
        var problems = new List<(Python.EngineCall Engine, string Problem)>();
        foreach (var engine in engines)
        {
            var (value, isDefault) = engine.Value(keyword);
            var literal = value is "True" ? "true" : value is "False" ? "false" : value;
            if (isDefault)
            {
                problems.Add((engine, $"create_engine(...) at {engine.Where} sets no {keyword} and nothing sets {variable}: SQLAlchemy's default ({value}) applies, not a setting for the expected load"));
            }
            else if (Number(literal) is null && literal is not ("true" or "false"))
            {
                return CheckResult.Error($"create_engine(..., {keyword}={value}) at {engine.Where} takes it from an expression, and no configuration sets {variable}: map the key it reads (PoolConfigurationOptions)");
            }
            else if (rule.OfVariable(literal, $"{keyword}={value} at {engine.Where}", Options) is { } problem)
            {
                problems.Add((engine, problem));
            }
        }

        return problems.Count == 0
            ? CheckResult.Passed(engines.Count, string.Join(", ", engines.Select(e => $"{keyword}={e.Value(keyword).Value} at {e.Where}")))
            : CheckResult.Failed(engines.Count, string.Join("; ", problems.Select(p => p.Problem)),
                [.. problems.Select(p => Finding.Create($"pool.{rule.Name}", FindingSeverity.Error, p.Engine.File, p.Engine.Line, p.Problem, keyword))]);
    }

    private static int? Number(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
