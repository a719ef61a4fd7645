using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Whether a service stores files or accepts uploads at all, from its code: a storage library (boto3, Azure
/// Blob, Google Cloud Storage, their .NET SDKs) or an upload parameter (FastAPI's <c>UploadFile</c>, ASP.NET's
/// <c>IFormFile</c>). Without either, the seed's storage items do not apply to it.</summary>
internal static partial class StorageEvidence
{
    /// <summary>Where the code stores files (first few places), empty when it does not.</summary>
    public static IReadOnlyList<string> Storage(string root) => Find(root, StorageUse());

    /// <summary>Where the code accepts uploads (first few places), empty when it does not.</summary>
    public static IReadOnlyList<string> Uploads(string root) => Find(root, UploadUse());

    private static List<string> Find(string root, Regex pattern) =>
        [.. ServiceSource.Code(root).SelectMany(f => pattern.Matches(f.Value).Select(m => $"{ServiceSource.Where(f.Key, f.Value, m.Index)}")).Take(3)];

    [GeneratedRegex(@"\bimport\s+(boto3|aioboto3|aiobotocore)\b|\bfrom\s+(boto3|aioboto3|azure\.storage\.blob|google\.cloud\s*import\s+storage|google\.cloud\.storage|minio)\b|\bBlobServiceClient\b|\bAmazonS3Client\b|\bIAmazonS3\b|\bStorageClient\.Create\b|\bUploadFile\b|\bIFormFile\b")]
    private static partial Regex StorageUse();

    [GeneratedRegex(@"\bUploadFile\b|\bIFormFile(Collection)?\b|\bFile\(\s*\.\.\.\s*\)")]
    private static partial Regex UploadUse();
}
