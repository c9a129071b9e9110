using GraphQL.Types;
using RareGraph.GraphQL.Paging;

namespace RareGraph.GraphQL.Types.Paging;

internal sealed class EdgeGraphType<TNodeType> : ObjectGraphType<IEdge>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque; pass it to `after` or `before`.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.UntypedNode);
    }
}
