using GraphQL;
using GraphQL.Types;
using RareGraph.GraphQL.Paging;

namespace RareGraph.GraphQL.Types.Paging;

/// <summary>A Relay cursor connection over <typeparamref name="TNodeType"/>, named after it (OrganisationConnection…).</summary>
internal sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<IConnection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Resolve(ctx => ctx.Source.UntypedEdges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of `edges`, for clients that need no cursors.")
            .Resolve(ctx => ctx.Source.UntypedNodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many nodes the whole connection holds, across all pages, with the same filters.")
            .ResolveAsync(async ctx => ctx.Source.DeferredCount is { } deferred
                ? deferred
                : (object?)checked((int)await ctx.Source.CountAsync(ctx.CancellationToken)));
    }
}
