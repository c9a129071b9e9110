using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>
/// Coverage of an event: for each government, parliament and multilateral body its impact reaches, the ACTIVE campaigns
/// that ADVOCATE_TO it — "where should the alliance lobby next?".
/// </summary>
/// <remarks>
/// The bodies, their scores and paths are the event's impact report (spill-over model v1), computed with the kinds
/// below; campaigns are not part of spill-over, so they come in as plain data read from the store. A campaign counts
/// when it is ACTIVE on the date (within its own dates), exists then and is sure enough; its ADVOCATES_TO link must be
/// valid on the date and sure enough too.
/// </remarks>
public static class CoverageAnalysis
{
    /// <summary>The kinds of organisation advocacy is aimed at, and the default kinds of a coverage report.</summary>
    public static IReadOnlySet<OrganisationKind> AdvocacyTargets { get; } =
        new HashSet<OrganisationKind> { OrganisationKind.Government, OrganisationKind.Parliament, OrganisationKind.Multilateral };

    /// <summary>
    /// Pairs every entry of <paramref name="impact"/> (in its order) with the active campaigns among
    /// <paramref name="campaigns"/> whose links in <paramref name="campaignLinks"/> (ADVOCATES_TO, RESPONDS_TO) reach it.
    /// </summary>
    public static IReadOnlyList<BodyCoverage> Assess(
        ImpactReport impact,
        IEnumerable<Campaign> campaigns,
        IEnumerable<Relationship> campaignLinks,
        AsOf asOf)
    {
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(campaignLinks);
        ArgumentNullException.ThrowIfNull(asOf);
        var active = campaigns.Where(c => c.IsActiveOn(asOf.At) && asOf.Holds(c)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var advocates = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var responding = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in campaignLinks)
        {
            if (!active.Contains(link.FromKey) || !asOf.Holds(link))
            {
                continue;
            }

            if (link.Type == RelationshipType.AdvocatesTo)
            {
                if (!advocates.TryGetValue(link.ToKey, out var keys))
                {
                    advocates[link.ToKey] = keys = new SortedSet<string>(StringComparer.Ordinal);
                }

                keys.Add(link.FromKey);
            }
            else if (link.Type == RelationshipType.RespondsTo && string.Equals(link.ToKey, impact.ThreatKey, StringComparison.Ordinal))
            {
                responding.Add(link.FromKey);
            }
        }

        return impact.Affected.Select(entry =>
        {
            IReadOnlyList<string> keys = advocates.TryGetValue(entry.OrganisationKey, out var set) ? [.. set] : [];
            return new BodyCoverage(entry, keys, [.. keys.Where(responding.Contains)]);
        }).ToList();
    }
}
