namespace Pipeline.Readiness;

/// <summary>The blocking rule in one place.</summary>
internal static class ItemStatusExtensions
{
    /// <summary>True for Failed, Error and Pending: such an item refuses the release.</summary>
    public static bool Blocks(this ItemStatus status) => status is ItemStatus.Failed or ItemStatus.Error or ItemStatus.Pending;
}
