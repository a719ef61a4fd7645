namespace Pipeline.Readiness.Checks.Image;

/// <summary>The <c>ScanImage</c> target's item: the container image scanned.</summary>
internal sealed class ImageModule : ReadinessModule<IScanImage>
{
    public override string Target => "ScanImage";

    public override IReadOnlyList<ChecklistItem> Items { get; } = [Readiness.Items.Security.ContainerImageScanned];

    protected override void Register(IScanImage component, ReadinessSetup setup) => setup.AddImageChecks(component.ImageScan, component.ImageSource);
}
