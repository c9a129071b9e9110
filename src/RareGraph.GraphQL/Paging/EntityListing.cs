using System.Text.Json;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.GraphQL.Paging;

/// <summary>Turns a connection request over one label into keyset queries against the store.</summary>
internal static class EntityListing
{
    public static async Task<Connection<Entity>> ListAsync(
        IGraphStore store,
        EntityLabel label,
        EntityFilter? filter,
        IReadOnlyList<SortSpec> sort,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var effectiveSort = sort.Where(s => s.Field != EntityField.Key).ToList();
        var position = page.Cursor is null ? null : DecodePosition(page, effectiveSort);
        var query = new EntityQuery(label, filter, effectiveSort, position, page.Backward, page.Size + 1);
        var rows = await store.ListEntitiesAsync(query, cancellationToken);

        var hasMore = rows.Count > page.Size;
        IReadOnlyList<Entity> pageRows = !hasMore ? rows
            : page.Backward ? rows.Skip(rows.Count - page.Size).ToList()
            : rows.Take(page.Size).ToList();

        var edges = pageRows.Select(e => new Edge<Entity>(e, entity => EncodeCursor(page.Cursors, entity, effectiveSort))).ToList();
        var pageInfo = PageInfo.Of(
            hasNextPage: page.Backward ? position is not null : hasMore,
            hasPreviousPage: page.Backward ? hasMore : position is not null,
            edges);
        return new Connection<Entity>(edges, pageInfo, ct => store.CountEntitiesAsync(label, filter, ct));
    }

    private static string EncodeCursor(CursorBinding cursors, Entity entity, IReadOnlyList<SortSpec> sort) =>
        cursors.Encode([.. sort.Select(s => SortValues.Of(entity, s.Field)), entity.Key]);

    private static KeysetPosition DecodePosition(PageRequest page, IReadOnlyList<SortSpec> sort)
    {
        var argument = page.CursorArgument;
        var values = page.Cursors.Decode(page.Cursor!, argument, sort.Count + 1);
        try
        {
            var sortValues = new object[sort.Count];
            for (var i = 0; i < sort.Count; i++)
            {
                sortValues[i] = sort[i].Field switch
                {
                    EntityField.OccurredOn => DateOnly.ParseExact(values[i].GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    EntityField.Severity or EntityField.RiskLevel => values[i].GetInt32(),
                    _ => values[i].GetString() ?? throw new FormatException(),
                };
            }

            return new KeysetPosition(sortValues, values[^1].GetString() ?? throw new FormatException());
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or JsonException)
        {
            throw CursorBinding.NotOurs(argument);
        }
    }
}
