using Pipeline.Output;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Output;

public sealed class MaskingTests : IDisposable
{
    private const string Secret = "tok_9f8e7d6c5b4a"; // pipeline:allow fake, for the masking tests
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task A_secret_parameter_never_appears_in_the_build_output()
    {
        _run.Environment["TOKEN"] = Secret;

        var (exit, output) = await _run.Run<ParameterBuild>(["Show"]);

        Assert.Equal(0, exit);
        Assert.Contains("token is ***", output);
        Assert.DoesNotContain(Secret, output);
    }

    [Fact]
    public async Task A_secret_echoed_by_a_child_process_is_masked_in_output_result_and_errors()
    {
        _run.Environment["TOKEN"] = Secret;

        var (exit, output) = await _run.Run<EchoBuild>(["Echo"]);

        Assert.Equal(1, exit);
        Assert.Contains("child says ***", output);
        Assert.Contains("captured: child says ***", output);
        Assert.Contains("stderr has ***", output);
        Assert.DoesNotContain(Secret, output);
    }

    [Fact]
    public void Masker_masks_longest_values_first_and_each_line_of_multiline_values()
    {
        var masker = new SecretMasker();
        masker.Add("abcd");
        masker.Add("abcdef-long");
        masker.Add("-----BEGIN KEY-----\nMIIBOgIBAAJBAK\n-----END KEY-----");

        Assert.Equal("x *** y ***", masker.Apply("x abcdef-long y abcd"));
        Assert.Equal("line: ***", masker.Apply("line: MIIBOgIBAAJBAK"));
    }

    [Fact]
    public void Console_writes_split_across_calls_are_masked_as_whole_lines()
    {
        var masker = new SecretMasker();
        masker.Add(Secret);
        var writer = new StringWriter();
        var router = new ConsoleRouter(new ConsoleSink(new BuildConsole(writer, masker, Verbosity.Normal, color: false)));

        router.Write(Secret[..5]);
        router.Write(Secret[5..]);
        router.WriteLine(" end");

        Assert.Equal($"*** end{Environment.NewLine}", writer.ToString());
    }

    /// <summary>Runs a real child process that prints the secret on stdout and stderr, then fails.</summary>
    public sealed class EchoBuild : PipelineBuild
    {
        [Parameter, Secret]
        public string? Token { get; set; }

        public Target Echo => _ => _.Executes(async () =>
        {
            var result = await Processes.RunAsync(new ProcessSpec("sh", ["-c", $"echo child says {Token}; echo stderr has {Token} >&2"]));
            Log.Information($"captured: {result.StandardOutput.Trim()}");
            await Processes.RunAsync(new ProcessSpec("sh", ["-c", "echo failing with \"$1\" >&2; exit 3", "sh", Token!]));
        });
    }
}
