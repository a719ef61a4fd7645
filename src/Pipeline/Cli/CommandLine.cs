namespace Pipeline.Cli;

/// <summary>The parsed command line: targets, engine options and parameter options.</summary>
internal sealed record CommandLine
{
    public List<string> Targets { get; } = [];
    public List<string>? Skip { get; set; }
    public List<string> Profiles { get; } = [];
    public List<CommandLineOption> Options { get; } = [];
    public bool Help { get; set; }
    public bool Plan { get; set; }
    public bool NoLogo { get; set; }
    public bool Parallel { get; set; }
    public string? Root { get; set; }

    /// <summary>Whether <c>--generate-configuration [name]</c> was given: write the CI configurations (that one, or all).</summary>
    public bool GenerateConfiguration { get; set; }

    /// <summary>The configuration <c>--generate-configuration</c> names; null: every declared one.</summary>
    public string? ConfigurationName { get; set; }
    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    /// <summary>Whether <c>--verbosity</c> was given (else <c>.nuke/parameters.json</c> may set it).</summary>
    public bool VerbosityGiven { get; set; }
}
