using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Build;

/// <summary>An evaluation runs its checks concurrently as the setup allows, and records every item's outcomes in
/// registration order however they finished.</summary>
[Trait("Category", "Slow")] // runs git in a temporary repository
public sealed class ConcurrentChecksTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-concurrent-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Passes only when its partner started while it waited: proof that both ran at once.</summary>
    private sealed class Rendezvous(string name, TaskCompletionSource mine, TaskCompletionSource partner, IReadOnlyCollection<string>? resources) : ReadinessCheck
    {
        public override string Name => name;

        public override IReadOnlyCollection<string>? Resources => resources;

        public override async Task<CheckResult> RunAsync(CheckContext context)
        {
            mine.TrySetResult();
            var met = await Task.WhenAny(partner.Task, Task.Delay(TimeSpan.FromSeconds(5), context.Cancellation)) == partner.Task;
            return met ? CheckResult.Passed(1, $"{name} met its partner") : CheckResult.Failed(1, $"{name} ran alone");
        }
    }

    private async Task<ItemEvidence> EvaluateAsync(int concurrentChecks, IReadOnlyCollection<string>? first, IReadOnlyCollection<string>? second)
    {
        GitRepository.Init(_root);
        var item = new ChecklistItem("team.pair", ReadinessCategory.Operations, "Team", "Two checks that must meet", ItemBinding.Check);
        var (a, b) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var setup = new ReadinessSetup { ConcurrentChecks = concurrentChecks };
        setup.Add(item).Check(item, new Rendezvous("slow-first", a, b, first)).Check(item, new Rendezvous("second", b, a, second));
        var verdict = await new ReadinessEngine(_root, new ProcessRunner(), new SecretMasker(), TimeProvider.System)
            .EvaluateAsync(setup, ReadinessScope.Part("Pair", i => i == item), CancellationToken.None);
        return verdict.Items.Single(i => i.Item.Id == item.Id);
    }

    [Fact]
    public async Task Checks_that_hold_nothing_in_common_run_at_once_and_keep_their_order()
    {
        var evidence = await EvaluateAsync(2, ["one"], ["two"]);

        Assert.Equal(ItemStatus.Passed, evidence.Status);
        Assert.Equal(["slow-first", "second"], evidence.Checks.Select(c => c.CheckName));
    }

    [Fact]
    public async Task Checks_that_share_a_resource_or_run_with_a_limit_of_one_do_not()
    {
        Assert.Equal(ItemStatus.Failed, (await EvaluateAsync(2, ["dotnet"], ["dotnet"])).Status);
        Assert.Equal(ItemStatus.Failed, (await EvaluateAsync(2, null, [])).Status);
        Assert.Equal(ItemStatus.Failed, (await EvaluateAsync(1, [], [])).Status);
    }
}
