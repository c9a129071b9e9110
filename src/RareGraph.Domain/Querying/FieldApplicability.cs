using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>
/// Which fields exist on which label. The API layer only offers applicable fields; every store still refuses the rest,
/// because a field absent from a label would make a filter silently match nothing instead of reporting the mistake.
/// </summary>
public static class FieldApplicability
{
    public static bool AppliesTo(EntityField field, EntityLabel label) => field switch
    {
        EntityField.Key or EntityField.Name or EntityField.Source or EntityField.Confidence => true,
        EntityField.Kind or EntityField.Tag => label is EntityLabel.Organisation or EntityLabel.Jurisdiction,
        EntityField.Code => label == EntityLabel.Jurisdiction,
        EntityField.Category or EntityField.OccurredOn or EntityField.Severity or EntityField.Polarity => label == EntityLabel.Threat,
        EntityField.RiskLevel => label == EntityLabel.Defender,
        _ => false,
    };

    /// <summary>Refuses a field that the label does not have.</summary>
    /// <exception cref="ArgumentException">The field does not exist on the label.</exception>
    public static void Require(EntityField field, EntityLabel label)
    {
        if (!AppliesTo(field, label))
        {
            throw new ArgumentException($"{field} is not a field of {label}.", nameof(field));
        }
    }
}
