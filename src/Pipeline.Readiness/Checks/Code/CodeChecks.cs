namespace Pipeline.Readiness.Checks.Code;

/// <summary>Registers a code component's checks for every stack the repository has: the .NET checks when there is a
/// solution or project, the Python checks when there is a Python project, both in one registration (so one stack's
/// checks never keep the other's out), and neither for an item the team gave a check.</summary>
internal static class CodeChecks
{
    public static void Register<TComponent>(TComponent component, ReadinessSetup setup, CodeParts parts)
        where TComponent : IDotNetCode, IPythonCode
    {
        var dotNet = component.HasDotNetCode ? DotNetCodeChecks.For(component.DotNetCodeSettings, parts) : [];
        var python = component.HasPythonCode ? PythonCodeChecks.For(component.PythonCodeSettings, parts) : [];
        setup.AddMissing([.. dotNet, .. python]);
    }
}
