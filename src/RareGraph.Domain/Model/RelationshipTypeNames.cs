namespace RareGraph.Domain.Model;

/// <summary>
/// A relationship type's name as the schema spells it (<c>PARTNERS_WITH</c>), which is the name every store keeps it
/// under: one spelling on SQLite and Neo4j alike, and the one the API's contract already fixes, so stored data never
/// depends on how a C# enum member happens to be written.
/// </summary>
public static class RelationshipTypeNames
{
    private static readonly Dictionary<RelationshipType, string> Names =
        Enum.GetValues<RelationshipType>().ToDictionary(t => t, t => EnumNames.ToUpperSnake(t.ToString()));

    private static readonly Dictionary<string, RelationshipType> Types =
        Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The schema name of <paramref name="type"/>, such as <c>PARTNERS_WITH</c>.</summary>
    public static string Of(RelationshipType type) => Names[type];

    /// <summary>The type a stored or schema name stands for; false for a name outside the model.</summary>
    public static bool TryParse(string name, out RelationshipType type) => Types.TryGetValue(name, out type);
}
