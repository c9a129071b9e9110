using GraphQL.Types;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Types.Aggregates;

internal sealed class RelationshipCountDimensionGraphType : EnumerationGraphType<RelationshipDimension>
{
    public RelationshipCountDimensionGraphType()
    {
        Name = "RelationshipCountDimension";
        Description = "What relationship counts are grouped by.";
        Values["TYPE"]!.Description = "The relationship type, as the RelationshipType value (\"PARTNERS_WITH\").";
    }
}
