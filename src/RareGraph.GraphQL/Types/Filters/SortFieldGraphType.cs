using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Types.Filters;

/// <summary>The fields one label's listing can be ordered by; the key always breaks ties, ascending.</summary>
internal abstract class SortFieldGraphType : EnumerationGraphType
{
    protected SortFieldGraphType(EntityLabel label, string name)
    {
        Name = name;
        foreach (var (value, field) in SortFields.For(label))
        {
            Add(value, field);
        }
    }
}

internal sealed class OrganisationSortFieldGraphType() : SortFieldGraphType(EntityLabel.Organisation, "OrganisationSortField");

internal sealed class JurisdictionSortFieldGraphType() : SortFieldGraphType(EntityLabel.Jurisdiction, "JurisdictionSortField");

internal sealed class DefenderSortFieldGraphType() : SortFieldGraphType(EntityLabel.Defender, "DefenderSortField");

internal sealed class ThreatSortFieldGraphType() : SortFieldGraphType(EntityLabel.Threat, "ThreatSortField");

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
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };
}
