using System.Text.Json;
using GraphQL;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Types.Entities;

/// <summary>
/// Resolves an entity's <c>relationships</c> connection from per-entity pages the store cuts at the page size (one store
/// call for the field's every parent in the request), and its total, when selected, from the entity's relationships.
/// </summary>
internal static class RelationshipsResolver
{
    public static object Resolve(IResolveFieldContext context, string entityKey)
    {
        var page = PageRequest.From(context);
        var types = AttendanceGate.VisibleTypes(context, context.GetArgument<List<RelationshipType>?>("types"), "types");
        var direction = context.GetArgument("direction", RelationshipDirection.Both);
        var at = context.GetArgument<DateOnly?>("at");
        var position = page.Cursor is null ? (RelationshipKey?)null : DecodeCursor(page);
        var arguments = new RelationshipPageArguments(direction, RelationshipPageArguments.MaskOf(types), at, position, page.Backward, page.Size + 1);
        var loaders = context.Loaders();
        var totalSelection = arguments.ToQuery([entityKey]);
        return loaders.RelationshipPages(arguments).Load(entityKey).Then(loaded =>
        {
            var rows = loaded ?? [];
            var hasMore = rows.Count > page.Size;
            var pageRows = !hasMore ? rows : page.Backward ? rows.Skip(rows.Count - page.Size) : rows.Take(page.Size);
            var edges = pageRows.Select(r => new Edge<Relationship>(r, relationship => EncodeCursor(page, relationship))).ToList();
            var pageInfo = PageInfo.Of(
                hasNextPage: page.Backward ? position is not null : hasMore,
                hasPreviousPage: page.Backward ? hasMore : position is not null,
                edges);
            return new Connection<Relationship>(edges, pageInfo, _ => throw new InvalidOperationException("Counted through DeferredCount."))
            {
                DeferredCount = loaders.RelationshipsOf.Load(entityKey).Then(all => (object?)(all ?? []).Count(r => totalSelection.Selects(entityKey, r))),
            };
        });
    }

    /// <summary>The cursor of a relationship in a relationship connection: its identity, in page order, sealed to the connection.</summary>
    public static string EncodeCursor(PageRequest page, Relationship relationship) =>
        page.Cursors.Encode([relationship.FromKey, relationship.Type.ToString(), relationship.ToKey]);

    public static RelationshipKey DecodeCursor(PageRequest page)
    {
        var argument = page.CursorArgument;
        var values = page.Cursors.Decode(page.Cursor!, argument, 3);
        if (values.All(v => v.ValueKind == JsonValueKind.String)
            && Enum.TryParse<RelationshipType>(values[1].GetString(), ignoreCase: false, out var type)
            && Enum.IsDefined(type)
            && !values[1].GetString()!.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            return new RelationshipKey(values[0].GetString()!, type, values[2].GetString()!);
        }

        throw CursorBinding.NotOurs(argument);
    }
}
