/// <summary>The configurations this repository builds.</summary>
public enum Configuration
{
    Debug,
    Release,
}
