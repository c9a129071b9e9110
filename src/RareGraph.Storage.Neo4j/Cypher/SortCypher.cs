using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The node property a field sorts by: exactly the value <see cref="SortValues"/> reads from an entity (a name's folded
/// form; Neo4j compares strings by UTF-16 code unit, as <see cref="string.CompareOrdinal(string, string)"/> does).
/// </summary>
internal static class SortCypher
{
    public static string Property(EntityField field) => field switch
    {
        EntityField.Key => "n.key",
        EntityField.Name => "n.nameFold",
        EntityField.Kind => "n.kind",
        EntityField.Code => "n.code",
        EntityField.Category => "n.category",
        EntityField.OccurredOn => "n.occurredOn",
        EntityField.Severity => "n.severityRank",
        EntityField.RiskLevel => "n.riskRank",
        _ => throw new ArgumentException($"{field} cannot be sorted on.", nameof(field)),
    };

    /// <summary>A keyset value as a Cypher parameter: severities are ranks, so integers travel as INTEGER.</summary>
    public static object? Parameter(object? value) => value switch
    {
        int rank => (long)rank,
        _ => value,
    };
}
