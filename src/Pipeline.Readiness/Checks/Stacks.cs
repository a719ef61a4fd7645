namespace Pipeline.Readiness.Checks;

/// <summary>The stacks the code, dependency and migration checks know, as the evidence names them.</summary>
internal static class Stacks
{
    public const string DotNet = ".NET";

    public const string Python = "Python";
}
