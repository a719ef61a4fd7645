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

    /// <summary>Writes the schema when the root has a <c>.nuke</c> folder (never into a foreign <c>--root</c>). What it
    /// holds follows from the build's assemblies alone, so it is rendered again only when one of them (the build's, its
    /// components', its parameter types') is another build than the one that last wrote it, or the file was touched
    /// since: the stamp in <c>.nuke/temp/</c> keeps their module ids and the file's size and time.</summary>
    public static void Write(string rootDirectory, TargetGraph graph, IReadOnlyList<ParameterMember> parameters, Type buildType)
    {
        if (!Directory.Exists(Path.Combine(rootDirectory, ".nuke")))
        {
            return;
        }

        var path = Path.Combine(rootDirectory, ".nuke", "build.schema.json");
        var stampPath = Path.Combine(rootDirectory, ".nuke", "temp", "schema.stamp");
        var assemblies = AssembliesOf(buildType, parameters);
        if (File.Exists(stampPath) && File.ReadAllText(stampPath) == Stamp(assemblies, path))
        {
            return;
        }

        AtomicFile.WriteIfChanged(path, Render(graph, parameters));
        AtomicFile.WriteAllText(stampPath, Stamp(assemblies, path));
    }

    private static string Stamp(IEnumerable<string> assemblies, string path)
    {
        var file = new FileInfo(path);
        return $"{string.Join(',', assemblies)}\n{(file.Exists ? $"{file.Length}|{file.LastWriteTimeUtc.Ticks}" : "absent")}\n";
    }

    /// <summary>The module version ids of every assembly that declares the build, its bases and components, and its
    /// parameters' types.</summary>
    private static IEnumerable<string> AssembliesOf(Type buildType, IReadOnlyList<ParameterMember> parameters)
    {
        var types = new List<Type>();
        for (var type = buildType; type is not null; type = type.BaseType)
        {
            types.Add(type);
        }

        types.AddRange(buildType.GetInterfaces());
        types.AddRange(parameters.Select(p => p.Type.IsArray ? p.Type.GetElementType()! : Nullable.GetUnderlyingType(p.Type) ?? p.Type));
        return types.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")).Distinct().Order(StringComparer.Ordinal);
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
