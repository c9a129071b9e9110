using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Filtering;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Filters;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Schema;

/// <summary>
/// <c>relationships</c>: every relationship of the graph as one connection, filtered by the store (type, endpoint keys,
/// validity, confidence, source), so counting or exporting edges does not mean walking every entity.
/// </summary>
internal static class RelationshipListingField
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<RelationshipGraphType>>>("relationships")
            .Description("The graph's relationships matching `where`, ordered by (fromKey, type, toKey); `totalCount` counts every match. Attendance (PARTICIPATES_IN) is listed for editors only.")
            .Argument<RelationshipFilterGraphType>("where")
            .PagingArguments()
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var asked = RelationshipFilterTranslator.Translate(ctx.GetArgument<Dictionary<string, object?>?>("where"));
                var filter = (asked ?? new RelationshipFilter()) with
                {
                    // Who attended which camp is for editors: below them it is left out, and FORBIDDEN when asked for.
                    Types = AttendanceGate.VisibleTypes(ctx, asked?.Types?.ToList(), "where.types"),
                };
                var position = page.Cursor is null ? (RelationshipKey?)null : RelationshipsResolver.DecodeCursor(page);
                var store = ctx.RequestServices!.GetRequiredService<IGraphStore>();
                var rows = await store.ListRelationshipsAsync(new RelationshipListQuery(filter, position, page.Backward, page.Size + 1), ctx.CancellationToken);
                var hasMore = rows.Count > page.Size;
                var pageRows = !hasMore ? rows : page.Backward ? rows.Skip(rows.Count - page.Size) : rows.Take(page.Size);
                var edges = pageRows.Select(r => new Edge<Relationship>(r, relationship => RelationshipsResolver.EncodeCursor(page, relationship))).ToList();
                var pageInfo = PageInfo.Of(
                    hasNextPage: page.Backward ? position is not null : hasMore,
                    hasPreviousPage: page.Backward ? hasMore : position is not null,
                    edges);
                return new Connection<Relationship>(
                    edges,
                    pageInfo,
                    async cancellationToken => (await store.CountRelationshipsByAsync(filter, [], cancellationToken)).Sum(b => b.Count));
            });
    }
}
