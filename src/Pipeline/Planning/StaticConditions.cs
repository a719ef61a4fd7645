using Pipeline.Definition;

namespace Pipeline.Planning;

/// <summary>Evaluates a target's static conditions before anything runs.</summary>
internal static class StaticConditions
{
    public static string? SkipReason(TargetDefinition target)
    {
        foreach (var condition in target.StaticConditions)
        {
            bool holds;
            try
            {
                holds = condition.Evaluate();
            }
            catch (Exception exception)
            {
                throw new InvalidUsageException($"Static condition '{condition.Text}' of target '{target.Name}' threw: {exception.Message}");
            }

            if (!holds)
            {
                return $"condition false: {condition.Text}";
            }
        }

        return null;
    }
}
