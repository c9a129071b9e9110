using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>
/// Reads an entity's value for a sortable field, so cursors can be built from any page the store returns. Values are
/// <see cref="string"/> (ordinal order), <see cref="DateOnly"/>, or <see cref="int"/> for severities (their rank; an
/// unknown risk level is -1). A name's value is its folded form (<see cref="TextFolding"/>), so names order as people
/// read them: case and accents ignored, the key breaking ties. Stores must order by exactly these values.
/// </summary>
public static class SortValues
{
    public static object Of(Entity entity, EntityField field) => (field, entity) switch
    {
        (EntityField.Key, _) => entity.Key,
        (EntityField.Name, _) => TextFolding.Fold(entity.Name),
        (EntityField.Kind, Organisation o) => o.Kind.ToString(),
        (EntityField.Kind, Jurisdiction j) => j.Kind.ToString(),
        (EntityField.Code, Jurisdiction j) => j.Code,
        (EntityField.Category, Threat t) => t.Category.ToString(),
        (EntityField.OccurredOn, Threat t) => t.OccurredOn,
        (EntityField.Severity, Threat t) => (int)t.Severity,
        (EntityField.RiskLevel, Defender d) => d.Restricted.RiskLevel is { } risk ? (int)risk : -1,
        _ => throw new ArgumentException($"{field} is not a sortable field of {entity.Label}.", nameof(field)),
    };
}
