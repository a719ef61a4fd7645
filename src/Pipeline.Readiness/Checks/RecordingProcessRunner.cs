namespace Pipeline.Readiness.Checks;

/// <summary>Passes every process of one check to the build's runner and records what ran (program path, masked
/// command line, exit code), for the check's evidence.</summary>
internal sealed class RecordingProcessRunner(IProcessRunner inner) : IProcessRunner
{
    private readonly List<ProcessRecord> _records = [];

    /// <summary>The runner every process goes to.</summary>
    public IProcessRunner Inner => inner;

    public IReadOnlyList<ProcessRecord> Records
    {
        get
        {
            lock (_records)
            {
                return [.. _records];
            }
        }
    }

    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await inner.RunAsync(spec, cancellationToken).ConfigureAwait(false);
            Add(new ProcessRecord(result.Executable, result.CommandLine, result.ExitCode));
            return result;
        }
        catch (ProcessFailedException exception)
        {
            Add(new ProcessRecord(exception.Executable ?? spec.FileName, exception.Message.Split('\n')[0], exception.ExitCode ?? -1)); // the runner's message is masked
            throw;
        }
    }

    /// <summary>Adds what a shared collection ran for this check (once, however often the check reads it).</summary>
    public void Include(IEnumerable<ProcessRecord> records)
    {
        lock (_records)
        {
            foreach (var record in records.Where(r => !_records.Any(known => ReferenceEquals(known, r))))
            {
                _records.Add(record);
            }
        }
    }

    private void Add(ProcessRecord record)
    {
        lock (_records)
        {
            _records.Add(record);
        }
    }
}
