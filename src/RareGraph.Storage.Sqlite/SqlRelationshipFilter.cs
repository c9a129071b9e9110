using System.Text.Json;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Translates a <see cref="RelationshipFilter"/> into SQL over the <c>relationships</c> table aliased <c>r</c>. Every
/// value travels as a parameter.
/// </summary>
internal static class SqlRelationshipFilter
{
    public static string Where(SqliteCommand command, RelationshipFilter? filter)
    {
        if (filter is null)
        {
            return "1";
        }

        var terms = new List<string>();
        var next = 0;
        string Parameter(object value)
        {
            var name = $"$rf{next++}";
            command.Parameters.AddWithValue(name, value);
            return name;
        }

        string InList(IEnumerable<string> values) => $"(SELECT value FROM json_each({Parameter(JsonSerializer.Serialize(values))}))";

        if (filter.Types is { } types)
        {
            terms.Add($"r.type IN {InList(types.Select(RelationshipTypeNames.Of))}");
        }

        if (filter.FromKeys is { } from)
        {
            terms.Add($"r.from_key IN {InList(from)}");
        }

        if (filter.ToKeys is { } to)
        {
            terms.Add($"r.to_key IN {InList(to)}");
        }

        if (filter.Keys is { } keys)
        {
            var list = Parameter(JsonSerializer.Serialize(keys));
            terms.Add($"(r.from_key IN (SELECT value FROM json_each({list})) OR r.to_key IN (SELECT value FROM json_each({list})))");
        }

        if (filter.At is { } at)
        {
            var date = Parameter(EntityRows.ToText(at));
            terms.Add($"(r.valid_from IS NULL OR r.valid_from <= {date}) AND (r.valid_to IS NULL OR r.valid_to >= {date})");
        }

        if (filter.MinConfidence is { } confidence)
        {
            terms.Add($"coalesce(r.confidence, 1.0) >= {Parameter(confidence)}");
        }

        if (filter.SourceEquals is { } source)
        {
            terms.Add($"r.source = {Parameter(source)}");
        }

        if (filter.SourceContains is { } part)
        {
            terms.Add($"instr(lower_invariant(r.source), {Parameter(part.ToLowerInvariant())}) > 0");
        }

        return terms.Count == 0 ? "1" : string.Join(" AND ", terms.Select(t => $"({t})"));
    }
}
