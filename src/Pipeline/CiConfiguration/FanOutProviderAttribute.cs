namespace Pipeline.CiConfiguration;

/// <summary>Put on a component interface whose builds a generated workflow can fan out: names the
/// <see cref="IFanOutProvider"/> that plans the jobs for a build implementing the interface.</summary>
/// <param name="provider">A type with a public parameterless constructor implementing <see cref="IFanOutProvider"/>.</param>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false)]
internal sealed class FanOutProviderAttribute(Type provider) : Attribute
{
    public Type Provider { get; } = provider;
}
