namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>When <c>dotnet test</c> cannot run (several solutions at the root, a failed restore — both seen on real
/// repositories), a security suite is counted in the source by its category trait, so a missing suite fails with the
/// count instead of staying undecided.</summary>
public sealed class DotNetTestInventoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-dotnet-inventory-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_suite_is_counted_in_the_source_when_the_run_cannot_happen()
    {
        File.WriteAllText(Path.Combine(_root, "Everything.sln"), "");
        File.WriteAllText(Path.Combine(_root, "Shop.sln"), "");
        Directory.CreateDirectory(Path.Combine(_root, "tests", "Api.Tests"));
        File.WriteAllText(Path.Combine(_root, "tests", "Api.Tests", "LoginTests.cs"), """
            namespace Api.Tests;

            [Trait("Category", "Auth")]
            public sealed class LoginTests
            {
                [Fact]
                public async Task A_wrong_password_is_refused() { }

                [Theory]
                [InlineData("x")]
                public void A_token_without_signature_is_refused(string token) { }
            }

            public sealed class OrderTests
            {
                [Fact]
                [Trait("Category", "SqlInjection")]
                public void A_quote_in_the_name_is_a_parameter() { }

                [Fact]
                public void Totals_add_up() { }
            }
            """);

        var run = new DotNetTestRun(new DotNetCodeOptions());
        var context = new CheckContext(Items.Security.AuthTests, _root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None);
        var auth = await run.CategoryAsync(context, "Auth");
        var sql = await run.CategoryAsync(context, "SqlInjection");

        Assert.Contains("several solutions", auth.NotRun, StringComparison.Ordinal);
        Assert.Equal(["LoginTests.A_wrong_password_is_refused (tests/Api.Tests/LoginTests.cs(7))", "LoginTests.A_token_without_signature_is_refused (tests/Api.Tests/LoginTests.cs(11))"], auth.Names);
        Assert.Equal(1, sql.Total);
    }
}
