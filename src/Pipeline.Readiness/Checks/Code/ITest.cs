namespace Pipeline.Readiness.Checks.Code;

/// <summary>The test suite (100 % passing, optionally an exact total) and the security suites by category.</summary>
[ReadinessModule<TestModule>]
public interface ITest : IDotNetCode, IPythonCode
{
    /// <summary>The test suite and the security test suites.</summary>
    Target Test => _ => _.Description("Runs the tests: 100 % passing, security suites complete").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<TestModule>(token));
}
