namespace Pipeline.Readiness.Components;

/// <summary>Names the module a component interface brings (see <see cref="ReadinessModule"/>).</summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
internal abstract class ReadinessModuleAttribute : Attribute
{
    /// <summary>A new instance of the module.</summary>
    public abstract ReadinessModule Create();

    /// <summary>The module's type.</summary>
    public abstract Type Module { get; }
}

/// <summary>Names <typeparamref name="TModule"/> as the module of the interface it marks.</summary>
internal sealed class ReadinessModuleAttribute<TModule> : ReadinessModuleAttribute
    where TModule : ReadinessModule, new()
{
    /// <inheritdoc />
    public override ReadinessModule Create() => new TModule();

    /// <inheritdoc />
    public override Type Module => typeof(TModule);
}
