using System.Reflection;
using Pipeline.Parameters;

namespace Pipeline.Readiness.Components;

/// <summary>One area of the gate as its component sees it: the target that evaluates the area, the items the area
/// decides, and how it registers its checks from the component's settings. A component interface names its module
/// with <see cref="ReadinessModuleAttribute{TModule}"/>; the target evaluates exactly the module's items, and a
/// module that registers a check for any other item is a usage error.</summary>
internal abstract class ReadinessModule
{
    /// <summary>The name of the target that evaluates this module's items (e.g. <c>CheckSecrets</c>).</summary>
    public abstract string Target { get; }

    /// <summary>The component interface that brings this module.</summary>
    public abstract Type Component { get; }

    /// <summary>Every item this module may decide.</summary>
    public abstract IReadOnlyList<ChecklistItem> Items { get; }

    /// <summary>Whether this module decides <paramref name="item"/>.</summary>
    public bool Decides(ChecklistItem item) => Items.Any(i => i.Id == item.Id);

    /// <summary>Registers the module's checks from the build's settings.</summary>
    public abstract void Register(IReadinessComponent build, ReadinessSetup setup);

    /// <summary>What a team gives the component so its module registers checks: its parameters as the command line
    /// writes them (<c>--database-connection</c>) and its settings members (<c>PostgreSqlSettings</c>), e.g.
    /// "parameter --database-connection, settings PostgreSqlSettings"; empty when the component declares neither.</summary>
    public string Inputs
    {
        get
        {
            var parameters = Component.GetProperties()
                .Select(p => p.GetCustomAttribute<ParameterAttribute>() is { } attribute ? new ParameterMember(p, attribute).OptionName : null)
                .OfType<string>().Order(StringComparer.Ordinal).ToList();
            var settings = Component.GetProperties()
                .Where(p => p.Name.EndsWith("Settings", StringComparison.Ordinal) && !p.IsDefined(typeof(ParameterAttribute)))
                .Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            return string.Join(", ", new[]
            {
                parameters.Count > 0 ? $"parameter {string.Join(" or ", parameters)}" : null,
                settings.Count > 0 ? $"settings {string.Join(" and ", settings)}" : null,
            }.OfType<string>());
        }
    }
}

/// <summary>A module registered by the component <typeparamref name="TComponent"/>.</summary>
internal abstract class ReadinessModule<TComponent> : ReadinessModule
    where TComponent : IReadinessComponent
{
    /// <inheritdoc />
    public sealed override Type Component => typeof(TComponent);

    /// <inheritdoc />
    public sealed override void Register(IReadinessComponent build, ReadinessSetup setup) => Register((TComponent)build, setup);

    /// <summary>Registers the checks from <paramref name="component"/>'s settings.</summary>
    protected abstract void Register(TComponent component, ReadinessSetup setup);
}
