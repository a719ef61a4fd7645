namespace Pipeline.Readiness.Tests.Support;

/// <summary>A real .NET repository in a temporary folder: a library (src/Calc), an xunit test project with
/// coverlet (tests/Calc.Tests) and a solution (Calc.slnx). Tests change files to create each situation.</summary>
internal sealed class DotNetSampleRepository : IDisposable
{
    public DotNetSampleRepository()
    {
        Root = Directory.CreateTempSubdirectory("pipeline-code-").FullName;
        Write("Calc.slnx", "<Solution>\n  <Project Path=\"src/Calc/Calc.csproj\" />\n  <Project Path=\"tests/Calc.Tests/Calc.Tests.csproj\" />\n</Solution>\n");
        Write(".editorconfig", "root = true\n\n[*.cs]\nindent_style = space\nindent_size = 4\n");
        Write("src/Calc/Calc.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
            </Project>

            """);
        Write("src/Calc/Calculator.cs", """
            namespace Calc;

            public static class Calculator
            {
                public static int Add(int a, int b) => a + b;

                public static int Clamp(int value, int max)
                {
                    if (value > max)
                    {
                        return max;
                    }

                    return value;
                }
            }

            """);
        Write("tests/Calc.Tests/Calc.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsTestProject>true</IsTestProject></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <PackageReference Include="coverlet.collector" Version="6.0.4" />
              </ItemGroup>
              <ItemGroup><ProjectReference Include="../../src/Calc/Calc.csproj" /></ItemGroup>
            </Project>

            """);
        Tests("""
            [Fact]
            public void Adds() => Assert.Equal(3, Calculator.Add(1, 2));

            [Fact]
            public void Clamps() => Assert.Equal(5, Calculator.Clamp(9, 5));

            [Fact]
            public void Keeps_small_values() => Assert.Equal(2, Calculator.Clamp(2, 5));
            """);
    }

    public string Root { get; }

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
    }

    /// <summary>Replaces the test class body (four-space indented members).</summary>
    public void Tests(string members)
    {
        var body = string.Join("\n", members.ReplaceLineEndings("\n").Split('\n').Select(l => l.Length == 0 ? l : "    " + l));
        Write("tests/Calc.Tests/CalculatorTests.cs", $"using Calc;\nusing Xunit;\n\nnamespace Calc.Tests;\n\npublic class CalculatorTests\n{{\n{body}\n}}\n");
    }

    public CheckContext Context(ChecklistItem item) =>
        new(item, Root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None);

    public Task<CheckOutcome> Run(ChecklistItem item, ReadinessCheck check) => CheckRunner.RunAsync(check, Context(item), new SecretMasker());

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
