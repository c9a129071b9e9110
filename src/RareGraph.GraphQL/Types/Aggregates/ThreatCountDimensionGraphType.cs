using GraphQL.Types;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Types.Aggregates;

internal sealed class ThreatCountDimensionGraphType : EnumerationGraphType<ThreatDimension>
{
    public ThreatCountDimensionGraphType()
    {
        Name = "ThreatCountDimension";
        Description = "What threat counts are grouped by.";
        Values["YEAR"]!.Description = "The year it occurred, four digits (\"2023\").";
        Values["JURISDICTION"]!.Description = "The key of the jurisdiction it OCCURRED_IN; null when it has none.";
        Values["CATEGORY"]!.Description = "Its category, as the ThreatCategory value (\"LEGISLATION\").";
        Values["POLARITY"]!.Description = "Whether it restricts or protects civic space, as the EventPolarity value (\"RESTRICTIVE\").";
    }
}
