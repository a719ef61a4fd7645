using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Operations;

/// <summary>The documentation look-alikes of a real template (issue 17), as small fixtures: a list of example.com
/// runbook links is no runbook, a guide to implementing a feature is no recovery procedure even under a "Recovery"
/// heading, reStructuredText and root documents are read, and a drawn box-and-arrow diagram is an architecture diagram.</summary>
public sealed class DocumentationRealTreeTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-docs-");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private async Task<CheckResult> Decide(ChecklistItem item)
    {
        var registered = new ReadinessSetup().AddOperationsChecks(new OperationsOptions()).Checks.Single(c => c.Item == item);
        return await CheckRuns.RunAsync(registered.Check, item, Root);
    }

    [Fact]
    public async Task Placeholder_runbook_links_are_not_a_runbook()
    {
        Write("docs/alerting_rules.md", """
            # Alerting Rules

            ## Runbook Links

            - [High error rate](https://wiki.example.com/runbooks/high-error-rate)
            - [Service down](https://wiki.example.com/runbooks/service-down)
            - [Slow responses](https://wiki.example.com/runbooks/slow-response)
            """);

        var result = await Decide(Items.Operations.Runbook);

        Assert.Equal(CheckStatus.Failed, result.Status);
    }

    [Fact]
    public async Task A_feature_implementation_guide_is_not_a_recovery_procedure()
    {
        Write("docs/implementing_log_archival.md", """
            # Implementing log archival

            ## Failure Recovery Patterns

            Track progress with checkpoints:

            ```python
            class ArchivalCheckpoint(Base):
                id = Column(UUID, primary_key=True)
                org_id = Column(UUID, nullable=False)
                last_processed_id = Column(UUID, nullable=True)
                logs_processed = Column(Integer, default=0)
                status = Column(String(20), nullable=False)
            ```

            ```bash
            alembic upgrade head
            ```
            """);

        var guide = await Decide(Items.Operations.RecoveryProcedure);
        Assert.True(guide.Status == CheckStatus.Failed, guide.Summary);

        Write("docs/operations.rst", """
            Operations
            ==========

            Disaster recovery
            -----------------

            1. Restore the last base backup with ``pg_restore``.
            2. Replay WAL to the chosen point and restart the deployment.
            """);

        var result = await Decide(Items.Operations.RecoveryProcedure);
        Assert.Equal((CheckStatus.Passed, "recovery procedure: docs/operations.rst \"Disaster recovery\" (4)"), (result.Status, result.Summary));
    }

    [Fact]
    public async Task A_drawn_diagram_in_a_root_document_is_an_architecture_diagram_and_a_badge_is_not()
    {
        Write("README.md", "# Clean Architecture Solution Template\n\n[![Build](https://github.com/o/r/actions/workflows/build.yml/badge.svg)](https://github.com/o/r/actions)\n\nA template.\n");
        Assert.Equal(CheckStatus.Failed, (await Decide(Items.Operations.ArchitectureDiagram)).Status);

        Write("ARCHITECTURE.md", """
            # Architecture

            ## Layering

            ```
            HTTP request
                │
                ▼
            api/  routers
                │
                ▼
            db/   engine, sessions
            ```
            """);

        var result = await Decide(Items.Operations.ArchitectureDiagram);

        Assert.Equal((CheckStatus.Passed, "architecture diagram: ARCHITECTURE.md \"Architecture\" (1)"), (result.Status, result.Summary));
    }
}
