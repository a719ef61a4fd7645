using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>Causes first (issue 18): a repository whose restore fails (a package no source serves) gets one restore,
/// printed once, and every item that needs the packages gives NU1101 and the package as its reason, instead of a
/// stack-trace frame, "exit code 1 and no diagnostic", and the same restore errors from each dotnet call.</summary>
[Trait("Category", "Slow")]
public sealed class RestoreFailureTests
{
    [Fact]
    public async Task An_unresolvable_package_is_the_reason_of_every_dependent_item_and_its_restore_output_is_printed_once()
    {
        using var run = new BuildRun();
        var repository = new TemporaryRepository("pipeline-restore-");
        try
        {
            Write(run.Root, "App.slnx", "<Solution>\n  <Project Path=\"App/App.csproj\" />\n</Solution>\n");
            Write(run.Root, "App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="Contoso.Package.Nobody.Serves" Version="1.2.3" /></ItemGroup>
                </Project>
                """);
            Write(run.Root, "App/Greeter.cs", "namespace App;\n\npublic static class Greeter\n{\n    public static string Hello() => \"hello\";\n}\n");
            Write(run.Root, "nuget.config", $"""
                <configuration>
                  <packageSources><clear /><add key="empty" value="{repository.Root}" /></packageSources>
                </configuration>
                """);
            GitRepository.Init(run.Root);

            var (_, console) = await run.Run<DefaultGate>(["Readiness"]);

            var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Root, "artifacts", "readiness", "report.json")));
            var reasons = report.RootElement.GetProperty("items").EnumerateArray()
                .ToDictionary(i => i.GetProperty("id").GetString()!, i => (Status: i.GetProperty("status").GetString(), Reason: i.GetProperty("reason").GetString()!));
            foreach (var item in new[] { "prelaunch.lint", "prelaunch.type-check", "testing.all-tests-passing", "testing.coverage-acceptable", "security.dependencies-scanned" })
            {
                Assert.Equal("error", reasons[item].Status);
                Assert.Contains("NU1101 Unable to find package Contoso.Package.Nobody.Serves", reasons[item].Reason, StringComparison.Ordinal);
                Assert.Contains("(App/App.csproj)", reasons[item].Reason, StringComparison.Ordinal);
                Assert.DoesNotContain(" at System.", reasons[item].Reason, StringComparison.Ordinal);
            }

            Assert.Equal(1, Occurrences(reasons["prelaunch.lint"].Reason, "NU1101")); // two lint checks, one cause: said once
            Assert.Equal(("failed", "0 of 16 SqlInjection tests exist (counted in the source; they could not run)"), reasons["security.sql-injection-tests"]); // a short suite is still definite
            Assert.Equal(1, Occurrences(console, "error NU1101")); // the restore's own output, once
        }
        finally
        {
            repository.Dispose();
        }
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The gate with its defaults, as <c>./build.sh Readiness</c> runs it.</summary>
    private sealed class DefaultGate : ReadinessBuild;
}
