using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Alliance;

/// <summary>
/// Extracts the alliance graph at a date from a <see cref="GraphProjection"/>: its Organisations and Defenders that exist
/// on the date (and meet the view's confidence), renumbered
/// in ordinal key order, joined by the alliance relationships valid at the date. Reads the projection's arrays directly
/// (one pass over the nodes, one over the relationships), so no domain object is materialised.
/// </summary>
internal static class AllianceProjectionExtractor
{
    private static bool InScope(GraphProjection projection, int node, AllianceScope scope) =>
        (scope.Keys is null || scope.Keys.Contains(projection.Keys[node]))
        && (scope.Kinds is null || (projection.Kinds[node] != GraphProjection.NoKind && scope.Kinds.Contains((OrganisationKind)projection.Kinds[node])));

    /// <summary>The candidates with at least one alliance relationship valid on the day to another candidate.</summary>
    private static List<int> Connected(GraphProjection projection, List<int> candidates, int day)
    {
        var candidate = new bool[projection.NodeCount];
        foreach (var node in candidates)
        {
            candidate[node] = true;
        }

        var linked = new bool[projection.NodeCount];
        for (var edge = 0; edge < projection.RelationshipCount; edge++)
        {
            var (from, to) = (projection.EdgeFrom[edge], projection.EdgeTo[edge]);
            if (from != to && candidate[from] && candidate[to]
                && AllianceGraph.IsAllianceType((RelationshipType)projection.EdgeTypes[edge]) && projection.IsValidAt(edge, day))
            {
                linked[from] = true;
                linked[to] = true;
            }
        }

        return candidates.Where(node => linked[node]).ToList();
    }

    public static AllianceGraph Extract(GraphProjection projection, DateOnly at, AllianceScope scope)
    {
        var keys = projection.Keys;
        var labels = projection.Labels;
        var day = at.DayNumber;
        var members = new List<int>();
        for (var node = 0; node < projection.NodeCount; node++)
        {
            // An organisation that did not exist yet (or any more) on the date, or is not sure enough for this view, is
            // no member; its relationships have already been narrowed to its existence.
            if (AllianceGraph.IsAllianceLabel((EntityLabel)labels[node]) && projection.NodeExists(node, day) && InScope(projection, node, scope))
            {
                members.Add(node);
            }
        }

        if (scope.ConnectedOnly)
        {
            members = Connected(projection, members, day);
        }

        var ordered = members.ToArray();
        var orderedKeys = ordered.Select(node => keys[node]).ToArray();
        Array.Sort(orderedKeys, ordered, StringComparer.Ordinal);
        var allianceId = new int[projection.NodeCount];
        Array.Fill(allianceId, -1);
        for (var i = 0; i < ordered.Length; i++)
        {
            allianceId[ordered[i]] = i;
        }

        var pairs = new List<long>();
        for (var edge = 0; edge < projection.RelationshipCount; edge++)
        {
            if (!AllianceGraph.IsAllianceType((RelationshipType)projection.EdgeTypes[edge]) || !projection.IsValidAt(edge, day))
            {
                continue;
            }

            var from = allianceId[projection.EdgeFrom[edge]];
            var to = allianceId[projection.EdgeTo[edge]];
            if (from >= 0 && to >= 0)
            {
                AllianceGraph.AddPair(pairs, from, to);
            }
        }

        return AllianceGraph.FromPairs(
            orderedKeys,
            ordered.Select(node => (EntityLabel)labels[node]).ToArray(),
            pairs);
    }
}
