using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class KeyFilterGraphType : InputObjectGraphType
{
    public KeyFilterGraphType()
    {
        Name = "KeyFilter";
        Description = "Exact-match conditions on an identifier (key, code, tag); all given conditions must hold.";
        Field<StringGraphType>("eq");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in");
    }
}
