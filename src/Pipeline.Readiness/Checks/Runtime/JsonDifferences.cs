using System.Text.Json.Nodes;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Where two JSON documents differ, as JSON paths (<c>$.paths./api/orders.post</c>): a member only one side
/// has, or a value that differs. Member order does not matter; array order does.</summary>
internal static class JsonDifferences
{
    public static IReadOnlyList<string> Between(JsonNode? expected, JsonNode? actual, string expectedName, string actualName, int limit = 20)
    {
        var differences = new List<string>();
        Walk(expected, actual, "$", expectedName, actualName, differences, limit);
        return differences;
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, string expectedName, string actualName, List<string> differences, int limit)
    {
        if (differences.Count >= limit || JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        if (expected is JsonObject left && actual is JsonObject right)
        {
            foreach (var key in left.Select(p => p.Key).Union(right.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                var child = $"{path}.{key}";
                if (!right.ContainsKey(key))
                {
                    Add(differences, limit, $"{child}: only in {expectedName}");
                }
                else if (!left.ContainsKey(key))
                {
                    Add(differences, limit, $"{child}: only in {actualName}");
                }
                else
                {
                    Walk(left[key], right[key], child, expectedName, actualName, differences, limit);
                }
            }

            return;
        }

        if (expected is JsonArray first && actual is JsonArray second && first.Count == second.Count)
        {
            for (var i = 0; i < first.Count; i++)
            {
                Walk(first[i], second[i], $"{path}[{i}]", expectedName, actualName, differences, limit);
            }

            return;
        }

        Add(differences, limit, $"{path}: differs");
    }

    private static void Add(List<string> differences, int limit, string difference)
    {
        if (differences.Count < limit)
        {
            differences.Add(difference);
        }
    }
}
