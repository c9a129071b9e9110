namespace RareGraph.Storage.Neo4j.Cypher;

using RareGraph.Domain.Model;

/// <summary>
/// Labels and relationship types as they appear in Cypher text. Cypher cannot take them as parameters, so they are
/// built here from the enums alone — never from input — which keeps every statement injection-free.
/// </summary>
internal static class CypherNames
{
    /// <summary>The UPPER_SNAKE name, which is also the API's name for the type and the name the SQLite store keeps.</summary>
    public static string RelationshipTypeName(RelationshipType type) => RelationshipTypeNames.Of(type);

    /// <summary>The node label, <c>Organisation</c> etc.; every entity node also carries <c>Entity</c>.</summary>
    public static string Label(EntityLabel label) => label switch
    {
        EntityLabel.Jurisdiction => nameof(EntityLabel.Jurisdiction),
        EntityLabel.Organisation => nameof(EntityLabel.Organisation),
        EntityLabel.Defender => nameof(EntityLabel.Defender),
        EntityLabel.Threat => nameof(EntityLabel.Threat),
        EntityLabel.Programme => nameof(EntityLabel.Programme),
        EntityLabel.Camp => nameof(EntityLabel.Camp),
        EntityLabel.Campaign => nameof(EntityLabel.Campaign),
        EntityLabel.ActionItem => nameof(EntityLabel.ActionItem),
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    public static RelationshipType ParseRelationshipType(string name) =>
        RelationshipTypeNames.TryParse(name, out var type)
            ? type
            : throw new FormatException("A stored relationship has a type outside the spill-over model.");

    /// <summary>
    /// Every store orders relationships of one source by the type's C# name (ordinal), then the target key. The rank of
    /// a type is its place in that order; the <c>$typeRanks</c> parameter lets Neo4j sort by it.
    /// </summary>
    public static long ScanRank(RelationshipType type) => ScanRanks[type];

    public static Dictionary<string, object?> TypeRanks() =>
        ScanRanks.ToDictionary(p => RelationshipTypeName(p.Key), p => (object?)p.Value, StringComparer.Ordinal);

    private static readonly Dictionary<RelationshipType, long> ScanRanks = Enum.GetValues<RelationshipType>()
        .OrderBy(t => t.ToString(), StringComparer.Ordinal)
        .Select((type, rank) => (type, rank))
        .ToDictionary(p => p.type, p => (long)p.rank);
}
