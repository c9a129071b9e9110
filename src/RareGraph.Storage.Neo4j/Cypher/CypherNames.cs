namespace RareGraph.Storage.Neo4j.Cypher;

using RareGraph.Domain.Model;

/// <summary>
/// Labels and relationship types as they appear in Cypher text. Cypher cannot take them as parameters, so they are
/// built here from the enums alone — never from input — which keeps every statement injection-free.
/// </summary>
internal static class CypherNames
{
    private static readonly Dictionary<string, RelationshipType> TypesByName =
        Enum.GetValues<RelationshipType>().ToDictionary(RelationshipTypeName, StringComparer.Ordinal);

    /// <summary>The UPPER_SNAKE name, which is also the API's name for the type.</summary>
    public static string RelationshipTypeName(RelationshipType type) => EnumNames.ToUpperSnake(type.ToString());

    /// <summary>The node label, <c>Organisation</c> etc.; every entity node also carries <c>Entity</c>.</summary>
    public static string Label(EntityLabel label) => label switch
    {
        EntityLabel.Jurisdiction => nameof(EntityLabel.Jurisdiction),
        EntityLabel.Organisation => nameof(EntityLabel.Organisation),
        EntityLabel.Defender => nameof(EntityLabel.Defender),
        EntityLabel.Threat => nameof(EntityLabel.Threat),
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    public static RelationshipType ParseRelationshipType(string name) =>
        TypesByName.TryGetValue(name, out var type)
            ? type
            : throw new FormatException("A stored relationship has a type outside the spill-over model.");

    /// <summary>
    /// Type name → enum rank, sent as the <c>$typeRanks</c> parameter so Neo4j can order relationships by type in enum
    /// order, the order every store uses.
    /// </summary>
    public static Dictionary<string, object?> TypeRanks() =>
        Enum.GetValues<RelationshipType>().ToDictionary(RelationshipTypeName, t => (object?)(long)t, StringComparer.Ordinal);
}
