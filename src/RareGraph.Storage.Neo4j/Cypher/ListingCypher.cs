using System.Text;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>Builds the listing (one keyset page) and counting statements for <see cref="EntityQuery"/>.</summary>
/// <remarks>
/// Keyset ("seek") pagination after Markus Winand, "Paging through results" (use-the-index-luke.com): the page
/// starts strictly after the position in the query's order, expanded for mixed directions as
/// <c>(s1 &gt; v1) OR (s1 = v1 AND s2 &gt; v2) OR … OR (all equal AND key &gt; k)</c>. A backward page flips every
/// direction, reads the <c>LIMIT</c> rows before the position, and is reversed by the caller.
/// </remarks>
internal static class ListingCypher
{
    public static (string Statement, Dictionary<string, object?> Parameters) List(EntityQuery query)
    {
#pragma warning disable MA0015 // "query.Limit" names the offending property more precisely than "query" would
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 0);
#pragma warning restore MA0015
        var parameters = new CypherParameters();
        var conditions = new List<string>();
        if (query.Filter is not null)
        {
            conditions.Add(FilterCypher.Translate(query.Filter, query.Label, parameters));
        }

        foreach (var sort in query.Sort)
        {
            FieldApplicability.Require(sort.Field, query.Label);
        }

        var sorts = query.Sort.Select(s => (Property: SortCypher.Property(s.Field), Descending: s.Descending ^ query.Backward)).ToList();
        if (query.Position is { } position)
        {
            conditions.Add(Keyset(sorts, position, query.Backward, parameters));
        }

        var order = sorts.Select(s => s.Property + (s.Descending ? " DESC" : ""))
            .Append(query.Backward ? "n.key DESC" : "n.key");
        var text = new StringBuilder(Match(query.Label));
        if (conditions.Count > 0)
        {
            text.Append(" WHERE ").Append(string.Join(" AND ", conditions.Select(c => "(" + c + ")")));
        }

        text.Append(" RETURN n ORDER BY ").Append(string.Join(", ", order)).Append(" LIMIT ").Append(parameters.Add((long)query.Limit));
        return (text.ToString(), parameters.Values);
    }

    public static (string Statement, Dictionary<string, object?> Parameters) Count(EntityLabel label, EntityFilter? filter)
    {
        var parameters = new CypherParameters();
        var where = filter is null ? "" : " WHERE " + FilterCypher.Translate(filter, label, parameters);
        return (Match(label) + where + " RETURN count(n) AS total", parameters.Values);
    }

    private static string Match(EntityLabel label) => $"MATCH (n:Entity:{CypherNames.Label(label)})";

    private static string Keyset(
        List<(string Property, bool Descending)> sorts,
        KeysetPosition position,
        bool backward,
        CypherParameters parameters)
    {
        if (position.SortValues.Count != sorts.Count)
        {
            throw RareGraphException.Validation("after", "The cursor does not match the requested order.");
        }

        var values = position.SortValues.Select(v => parameters.Add(SortCypher.Parameter(v))).ToList();
        var key = parameters.Add(position.Key);
        var alternatives = new List<string>();
        for (var i = 0; i <= sorts.Count; i++)
        {
            var equalities = Enumerable.Range(0, i).Select(j => $"{sorts[j].Property} = {values[j]}");
            var step = i < sorts.Count
                ? $"{sorts[i].Property} {(sorts[i].Descending ? "<" : ">")} {values[i]}"
                : $"n.key {(backward ? "<" : ">")} {key}";
            alternatives.Add("(" + string.Join(" AND ", equalities.Append(step)) + ")");
        }

        return string.Join(" OR ", alternatives);
    }
}
