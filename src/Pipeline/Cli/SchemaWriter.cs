using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.IO;
using Pipeline.Parameters;
using Pipeline.Planning;

namespace Pipeline.Cli;

/// <summary>Generates <c>.nuke/build.schema.json</c> from the targets and parameters, so editors complete and
/// check <c>.nuke/parameters*.json</c>. Rewritten only when it changes.</summary>
internal static class SchemaWriter
{
    public static string Render(TargetGraph graph, IReadOnlyList<ParameterMember> parameters)
    {
        var targetNames = new JsonArray([.. graph.Targets.Select(t => JsonValue.Create(t.Name))]);
        var properties = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string" },
        };
        foreach (var parameter in parameters)
        {
            var schema = TypeSchema(parameter.Type);
            if (parameter.Description is { } description)
            {
                schema["description"] = description;
            }

            properties[parameter.Name] = schema;
        }

        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "Build parameters",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["definitions"] = new JsonObject
            {
                ["targets"] = new JsonObject { ["type"] = "string", ["enum"] = targetNames },
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Writes the schema when the root has a <c>.nuke</c> folder (never into a foreign <c>--root</c>).</summary>
    public static void Write(string rootDirectory, TargetGraph graph, IReadOnlyList<ParameterMember> parameters)
    {
        if (Directory.Exists(Path.Combine(rootDirectory, ".nuke")))
        {
            AtomicFile.WriteIfChanged(Path.Combine(rootDirectory, ".nuke", "build.schema.json"), Render(graph, parameters));
        }
    }

    private static JsonObject TypeSchema(Type type)
    {
        if (type.IsArray)
        {
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(type.GetElementType()!) };
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames(underlying).Select(n => JsonValue.Create(n))]) };
        }

        var name = underlying == typeof(bool) ? "boolean"
            : underlying == typeof(int) || underlying == typeof(long) ? "integer"
            : underlying == typeof(double) || underlying == typeof(decimal) ? "number"
            : "string";
        return new JsonObject { ["type"] = name };
    }
}
