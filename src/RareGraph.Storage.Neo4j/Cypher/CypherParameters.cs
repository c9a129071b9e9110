using System.Globalization;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>Collects the values of a statement being built and hands out their parameter names (<c>$p0</c>, <c>$p1</c>…).</summary>
internal sealed class CypherParameters
{
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="value"/> and returns the Cypher text that refers to it.</summary>
    public string Add(object? value)
    {
        var name = "p" + Values.Count.ToString(CultureInfo.InvariantCulture);
        Values[name] = value;
        return "$" + name;
    }
}
