namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The seed's Storage items: <c>STORAGE_PROVIDER</c> one of local, azure, aws_s3, gcs; that provider's
/// credentials present; <c>MAX_FILE_SIZE_BYTES</c> set and sane.</summary>
internal static class StorageRules
{
    private static readonly Dictionary<string, string[][]> Credentials = new(StringComparer.Ordinal)
    {
        ["local"] = [["STORAGE_LOCAL_PATH"]],
        ["azure"] = [["AZURE_STORAGE_CONNECTION_STRING"], ["AZURE_STORAGE_ACCOUNT_NAME", "AZURE_STORAGE_ACCOUNT_KEY"]],
        ["aws_s3"] = [["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_S3_BUCKET"], ["AWS_ROLE_ARN", "AWS_S3_BUCKET"]],
        ["gcs"] = [["GOOGLE_APPLICATION_CREDENTIALS", "GCS_BUCKET"]],
    };

    /// <summary><c>STORAGE_PROVIDER</c> is a known provider.</summary>
    public static Task<CheckResult> Provider(ConfigurationView view, ConfigurationOptions options, CheckContext context) => Task.FromResult(view.Find("STORAGE_PROVIDER") switch
    {
        null when NoStorage(view, context) is { } none => none,
        null => ConfigurationRuleCheck.Missing("storage-provider", view, "STORAGE_PROVIDER"),
        { Reference: null } e when Credentials.ContainsKey(e.Value.Trim()) => ConfigurationRuleCheck.Good(e, "a supported provider"),
        var e => ConfigurationRuleCheck.Bad("storage-provider", e, $"expected one of {string.Join(", ", Credentials.Keys)}"),
    });

    /// <summary>One complete credential set of the chosen provider is configured (values or Secret references).</summary>
    public static Task<CheckResult> ProviderCredentials(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        if (view.Find("STORAGE_PROVIDER") is null && NoStorage(view, context) is { } none)
        {
            return Task.FromResult(none);
        }

        if (view.Find("STORAGE_PROVIDER") is not { Reference: null } provider || !Credentials.TryGetValue(provider.Value.Trim(), out var sets))
        {
            return Task.FromResult(ConfigurationRuleCheck.Missing("storage-credentials", view, "STORAGE_PROVIDER"));
        }

        var complete = sets.FirstOrDefault(set => set.All(k => view.Find(k) is { } e && (e.Reference is not null || e.Value.Trim().Length > 0)));
        if (complete is not null)
        {
            return Task.FromResult(CheckResult.Passed(complete.Length, $"{provider.Value.Trim()} credentials set: {string.Join(", ", complete.Select(k => $"{view.KeyOf(k)} at {view.Find(k)!.Source}"))}"));
        }

        var message = $"{provider.Key}={provider.Shown} at {provider.Source} needs {string.Join(" or ", sets.Select(s => string.Join(" + ", s.Select(view.KeyOf))))}; missing: {string.Join(", ", sets.SelectMany(s => s).Distinct().Where(k => view.Find(k) is null).Select(view.KeyOf))}";
        return Task.FromResult(CheckResult.Failed(1, message, Finding.Create("config.storage-credentials", FindingSeverity.Error, provider.FindingFile, provider.FindingLine, message, provider.Value)));
    }

    /// <summary>Not applicable when nothing configures storage and the code stores no files; null otherwise.</summary>
    private static CheckResult? NoStorage(ConfigurationView view, CheckContext context) => StorageEvidence.Storage(context.Root).Count == 0
        ? CheckResult.NotApplicable($"the service stores no files: no storage library (boto3, Azure Blob, Google Cloud Storage, their .NET SDKs) or upload parameter in its code, and {view.KeyOf("STORAGE_PROVIDER")} is not set")
        : null;

    /// <summary><c>MAX_FILE_SIZE_BYTES</c> a positive whole number no larger than the options allow.</summary>
    public static Task<CheckResult> UploadLimit(ConfigurationView view, ConfigurationOptions options, CheckContext context) => Task.FromResult(view.Find("MAX_FILE_SIZE_BYTES") switch
    {
        null when StorageEvidence.Uploads(context.Root).Count == 0 && view.Find("STORAGE_PROVIDER") is null
            => CheckResult.NotApplicable($"the service accepts no uploads: no UploadFile, IFormFile or File(...) parameter in its code, and {view.KeyOf("MAX_FILE_SIZE_BYTES")} is not set"),
        null => ConfigurationRuleCheck.Missing("upload-limits", view, "MAX_FILE_SIZE_BYTES"),
        { Reference: null } e when long.TryParse(e.Value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes)
            && bytes > 0 && bytes <= options.MaximumUploadBytes => ConfigurationRuleCheck.Good(e, $"uploads limited to {bytes / 1048576.0:0.#} MiB"),
        var e => ConfigurationRuleCheck.Bad("upload-limits", e, $"expected a whole number of bytes from 1 to {options.MaximumUploadBytes}"),
    });
}
