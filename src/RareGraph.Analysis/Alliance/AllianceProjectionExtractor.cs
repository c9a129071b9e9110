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
    public static AllianceGraph Extract(GraphProjection projection, DateOnly at)
    {
        var keys = projection.Keys;
        var labels = projection.Labels;
        var day = at.DayNumber;
        var members = new List<int>();
        for (var node = 0; node < projection.NodeCount; node++)
        {
            // An organisation that did not exist yet (or any more) on the date, or is not sure enough for this view, is
            // no member; its relationships have already been narrowed to its existence.
            if (AllianceGraph.IsAllianceLabel((EntityLabel)labels[node]) && projection.NodeExists(node, day))
            {
                members.Add(node);
            }
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
