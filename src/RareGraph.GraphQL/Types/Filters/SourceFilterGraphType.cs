using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class SourceFilterGraphType : InputObjectGraphType
{
    public SourceFilterGraphType()
    {
        Name = "SourceFilter";
        Description = "Conditions on a source (a URL or citation); all given conditions must hold. contains ignores case.";
        Field<StringGraphType>("eq");
        Field<StringGraphType>("contains");
    }
}
