namespace Pipeline.Readiness;

/// <summary>The test suite (100 % passing, optionally an exact total) and the security suites by category.</summary>
public interface ITest : IDotNetCode
{
    /// <summary>The test suite and the security test suites.</summary>
    Target Test => _ => _.Description("Runs the tests: 100 % passing, security suites complete").Executes(token => EvaluateItemsAsync("Test", token));
}
