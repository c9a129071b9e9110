namespace RareGraph.Storage.Neo4j.Cypher;

using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

/// <summary>
/// Which fields exist on which label. A property absent from a label would make a filter silently match nothing, so
/// the store refuses the mistake instead, as every store does.
/// </summary>
internal static class FieldApplicability
{
    public static bool AppliesTo(EntityField field, EntityLabel label) => field switch
    {
        EntityField.Key or EntityField.Name => true,
        EntityField.Kind or EntityField.Tag => label is EntityLabel.Organisation or EntityLabel.Jurisdiction,
        EntityField.Code => label == EntityLabel.Jurisdiction,
        EntityField.Category or EntityField.OccurredOn or EntityField.Severity => label == EntityLabel.Threat,
        EntityField.RiskLevel => label == EntityLabel.Defender,
        _ => false,
    };

    public static void Require(EntityField field, EntityLabel label)
    {
        if (!AppliesTo(field, label))
        {
            throw new ArgumentException($"{field} is not a field of {label}.", nameof(field));
        }
    }
}
