using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Types.Filters;

internal static class SortFields
{
    public static IReadOnlyList<(string Value, EntityField Field)> For(EntityLabel label) => label switch
    {
        EntityLabel.Organisation => [("KEY", EntityField.Key), ("NAME", EntityField.Name), ("KIND", EntityField.Kind)],
        EntityLabel.Jurisdiction => [("KEY", EntityField.Key), ("NAME", EntityField.Name), ("CODE", EntityField.Code), ("KIND", EntityField.Kind)],
        EntityLabel.Defender => [("KEY", EntityField.Key), ("DISPLAY_NAME", EntityField.Name), ("RISK_LEVEL", EntityField.RiskLevel)],
        EntityLabel.Threat =>
        [
            ("KEY", EntityField.Key), ("TITLE", EntityField.Name), ("OCCURRED_ON", EntityField.OccurredOn),
            ("CATEGORY", EntityField.Category), ("SEVERITY", EntityField.Severity),
        ],
        EntityLabel.Programme or EntityLabel.Camp or EntityLabel.Campaign or EntityLabel.ActionItem =>
            [("KEY", EntityField.Key), ("TITLE", EntityField.Name)],
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };
}
