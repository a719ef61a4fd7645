namespace Pipeline.Readiness.Checks.Code;

/// <summary>What the .NET code checks' outcomes depend on (<see cref="EvidenceReuse"/>): every tracked file (a test may
/// read any of them), the installed dotnet and its SDKs, and the variables that steer dotnet and NuGet. A test run
/// may also reach outside the repository (a database, a container engine), so its outcome is reused for a day at most.</summary>
internal static class DotNetReuse
{
    private static readonly string[] Variables = ["DOTNET_ROOT", "NUGET_PACKAGES", "DOTNET_ENVIRONMENT", "ASPNETCORE_ENVIRONMENT", "MSBUILDNOINPROCNODE"];

    /// <summary>For checks that build or format the code.</summary>
    public static EvidenceReuse Build { get; } = EvidenceReuse.WholeTree with { Tools = ["dotnet"], Environment = Variables };

    /// <summary>For checks that read a test run.</summary>
    public static EvidenceReuse Tests { get; } = Build with { External = true };

}
