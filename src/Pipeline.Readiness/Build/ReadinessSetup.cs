namespace Pipeline.Readiness;

/// <summary>What a build's gate enforces: the checklist (the seed's items plus the team's), the checks registered
/// per item, and where reports go. A build adjusts it in <see cref="IReadinessComponent.ConfigureReadiness"/>, before
/// the components register their checks: a check registered there for an item replaces the component's.</summary>
public sealed class ReadinessSetup
{
    private readonly List<(ChecklistItem Item, ReadinessCheck Check)> _checks = [];
    private int _teamChecks = -1;
    private int _moduleStart;

    /// <summary>The name that replaces <c>{{ project_slug }}</c> in <c>report.md</c> (default: the root folder's name).</summary>
    public string? ProjectName { get; set; }

    /// <summary>The report folder, relative to the root (default <c>artifacts/readiness</c>).</summary>
    public string ReportDirectory { get; set; } = DefaultReportDirectory;

    /// <summary>How long an unchanged passing outcome of a check that declares its inputs is reused instead of run
    /// again (default 7 days; at most one day for checks that depend on something outside the repository;
    /// <see cref="TimeSpan.Zero"/> turns reuse off, as <c>--no-cache</c> does for one run).</summary>
    public TimeSpan EvidenceReuseLimit { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many checks of one evaluation may run at once (default: the machine's processor count; 1 runs
    /// them one after another). Checks that hold a common resource (<see cref="ReadinessCheck.Resources"/>) never
    /// run at once, whatever this allows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int ConcurrentChecks
    {
        get;
        set => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "at least one check must be able to run");
    } = Environment.ProcessorCount;

    /// <summary>How many runners a fanned-out workflow splits the test suite across (default 1: one job runs it whole).
    /// With more, the part that runs the tests becomes that many jobs, each running a slice (<c>--partition k/n</c>:
    /// .NET test projects, pytest test files, dealt round-robin); the fan-in merges their TRX or JUnit results and
    /// Cobertura coverage and judges the tests, suites and coverage from the whole.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int TestPartitions
    {
        get;
        set => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the tests need at least one partition");
    } = 1;

    internal static string DefaultReportDirectory { get; } = Path.Combine("artifacts", "readiness");

    internal Checklist Checklist { get; } = new();

    /// <summary>The checks, in registration order.</summary>
    internal IReadOnlyList<(ChecklistItem Item, ReadinessCheck Check)> Checks => _checks;

    /// <summary>Registers a check that decides <paramref name="item"/> (several checks may decide one item; all of
    /// them run and the worst result decides).</summary>
    /// <param name="item">The item, as <see cref="Items"/> names it or as added with <see cref="Add"/>.</param>
    /// <param name="check">The check.</param>
    /// <returns>This setup.</returns>
    /// <exception cref="ArgumentException">The item is not on the checklist, or an attestation or sign-off decides it.</exception>
    public ReadinessSetup Check(ChecklistItem item, ReadinessCheck check)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(check);
        var entry = Checklist.Find(item.Id);
        if (entry.Binding is not CheckBinding)
        {
            throw new ArgumentException($"Item '{item.Id}' is decided by {entry.Binding.GetType().Name.Replace("Binding", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}, not by checks; override the item to bind it to checks.", nameof(item));
        }

        _checks.Add((entry, check));
        return this;
    }

    /// <summary>Adds a team item to the checklist.</summary>
    /// <param name="item">The item; its id must be new.</param>
    /// <returns>This setup.</returns>
    /// <exception cref="ArgumentException">An item with that id exists (use <see cref="Override"/>).</exception>
    public ReadinessSetup Add(ChecklistItem item)
    {
        Checklist.Add(item);
        return this;
    }

    /// <summary>Replaces the item with the same id, e.g. to let an attestation decide it:
    /// <c>Items.Security.ApiKeysRotated with { Binding = ItemBinding.Attestation(SignOffRole.Security, 90) }</c>.</summary>
    /// <param name="item">The changed item.</param>
    /// <returns>This setup.</returns>
    /// <exception cref="ArgumentException">No item has that id.</exception>
    public ReadinessSetup Override(ChecklistItem item)
    {
        Checklist.Override(item);
        return this;
    }

    /// <summary>Marks an item as not applicable, with the reason the reports show.</summary>
    /// <param name="item">The item.</param>
    /// <param name="reason">Why it does not apply (required).</param>
    /// <returns>This setup.</returns>
    /// <exception cref="ArgumentException">The item is unknown or the reason is blank.</exception>
    public ReadinessSetup Disable(ChecklistItem item, string reason)
    {
        Checklist.Disable(item, reason);
        return this;
    }

    /// <summary>Marks a whole category as not applicable, with the reason the reports show.</summary>
    /// <param name="category">The category.</param>
    /// <param name="reason">Why it does not apply (required).</param>
    /// <returns>This setup.</returns>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    public ReadinessSetup Disable(ReadinessCategory category, string reason)
    {
        Checklist.Disable(category, reason);
        return this;
    }

    /// <summary>Adds the item <c>prelaunch.gate.&lt;name&gt;</c> ("&lt;folder&gt; passes its own readiness gate"),
    /// decided by running the readiness gate of the service in <paramref name="folder"/>.</summary>
    /// <param name="folder">The service's folder, relative to the root; it holds its own <c>build.sh</c>.</param>
    /// <returns>This setup.</returns>
    /// <exception cref="ArgumentException">An item for a service of that name exists.</exception>
    public ReadinessSetup AddServiceGate(string folder) => ServiceGateChecks.Add(this, folder, new ServiceGateOptions());

    /// <summary>Adds the item <c>prelaunch.gate.&lt;name&gt;</c>, decided by running the readiness gate of the service in
    /// <paramref name="folder"/> with the targets and parameters of <paramref name="options"/> (e.g. <c>BuildImage</c>
    /// first, so that its gate scans the image it built).</summary>
    /// <param name="folder">The service's folder, relative to the root; it holds its own <c>build.sh</c>.</param>
    /// <param name="options">The targets and parameters the service's build runs with; validated before anything runs.</param>
    /// <returns>This setup.</returns>
    /// <exception cref="ArgumentException">An item for a service of that name exists.</exception>
    public ReadinessSetup AddServiceGate(string folder, ServiceGateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ServiceGateChecks.Add(this, folder, options);
    }

    /// <summary>From here on, registrations are the components': what the team registered so far wins.</summary>
    internal void EndTeamRegistrations() => _teamChecks = _checks.Count;

    /// <summary>A component starts registering: <see cref="AddMissing"/> leaves out the items the team or this
    /// component already gave a check.</summary>
    internal int StartModule() => _moduleStart = _checks.Count;

    /// <summary>Registers each check whose item has no check from the team (and none from the component now
    /// registering), so a team's own check for an item always wins — as does a team's override that lets an
    /// attestation or sign-off decide the item.</summary>
    internal ReadinessSetup AddMissing(params (ChecklistItem Item, ReadinessCheck Check)[] checks)
    {
        var taken = Taken().Select(c => c.Item.Id).ToHashSet();
        foreach (var (item, check) in checks.Where(c => !taken.Contains(c.Item.Id) && DecidedByChecks(c.Item)))
        {
            Check(item, check);
        }

        return this;
    }

    /// <summary>Whether checks decide <paramref name="item"/> (not an attestation or sign-off the team bound it to).</summary>
    internal bool DecidedByChecks(ChecklistItem item) => Checklist.Find(item.Id).Binding is CheckBinding;

    /// <summary>Whether the team, or the component registering now, gave <paramref name="item"/> a check.</summary>
    internal bool Has(ChecklistItem item) => Taken().Any(c => c.Item.Id == item.Id);

    /// <summary>The checks that keep a component from registering its own for their items: the team's, and those of
    /// the component registering now (before the components start, every check is the team's).</summary>
    private IEnumerable<(ChecklistItem Item, ReadinessCheck Check)> Taken()
    {
        var team = _teamChecks < 0 ? _checks.Count : _teamChecks;
        return _checks.Take(team).Concat(_checks.Skip(Math.Max(team, _moduleStart)));
    }
}
