using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class StringFilterGraphType : InputObjectGraphType
{
    public StringFilterGraphType()
    {
        Name = "StringFilter";
        Description = "Text conditions; all given conditions must hold. eq and in match exactly; contains and startsWith ignore case, and on names accents too (\"okotars\" finds \"Ökotárs\").";
        Field<StringGraphType>("eq");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in");
        Field<StringGraphType>("contains");
        Field<StringGraphType>("startsWith");
    }
}
