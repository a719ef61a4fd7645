namespace Pipeline.Readiness.Checks.Image;

/// <summary>A file in one layer of an image, with the layer that deleted it (whiteout) when a later one did.</summary>
internal sealed record ImageLayerFile(int Layer, string Path, long Size, byte[]? Content, int? DeletedInLayer)
{
    public string Location => $"layer {Layer}: /{Path}" + (DeletedInLayer is { } deleted ? $" (deleted in layer {deleted}, still in the image)" : string.Empty);
}
