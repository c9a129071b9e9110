using FsCheck.Xunit;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

/// <summary>
/// The report's first page is selected without ordering the whole reach (<see cref="ReportPrefix"/>); these prove it
/// places every position it returns exactly where the full sort of <see cref="ScoreTies.Sort{T}"/> does, on scores
/// built to chain near-ties across the selection's floor.
/// </summary>
public sealed class ReportPrefixPropertyTests
{
    /// <summary>Under half a tie width: a chain of these steps is tied pairwise but not end to end.</summary>
    private const double Step = 0.45e-12;

    private static readonly double[] Bases = [1.0, 0.9, 0.81, 0.5, 0.3, 0.05];

    [Property(MaxTest = 500)]
    public void Prefix_Should_Place_Every_Returned_Position_As_The_Full_Sort_Does(int seed)
    {
        var random = new Random(seed);
        var (entries, ranks) = RandomEntries(random, random.Next(0, 2_000));
        var wanted = random.Next(3) switch
        {
            0 => random.Next(0, 40),
            1 => random.Next(0, Math.Max(1, entries.Count / 4)),
            _ => random.Next(0, entries.Count + 5),
        };

        var expected = FullSort(entries, ranks);
        var prefix = ReportPrefix.Select(ranks, entries, wanted);

        Assert.True(prefix.Length >= Math.Min(wanted, entries.Count), $"{prefix.Length} positions for {wanted} wanted of {entries.Count}");
        Assert.Equal(expected.Take(prefix.Length), prefix);
    }

    [Property(MaxTest = 200)]
    public void Whole_Order_Should_Equal_The_Full_Sort(int seed)
    {
        var random = new Random(seed);
        var (entries, ranks) = RandomEntries(random, random.Next(0, 3_000));

        Assert.Equal(FullSort(entries, ranks), ReportPrefix.OrderAll(ranks, entries));
    }

    [Fact]
    public void Reading_A_Report_Page_By_Page_Should_Give_The_Order_Of_Reading_It_Whole()
    {
        var projection = LargeReportGraph().Build();
        var options = new ImpactOptions { MaxHops = 4, MinScore = 0.01 };
        var whole = ImpactAnalysis.Analyze(projection, "t", options).Affected
            .Select(a => (a.OrganisationKey, a.Score, a.Hops, a.CrossBorder)).ToList();
        Assert.True(whole.Count > 2_000);
        Assert.Equal(
            whole.OrderByDescending(a => a.Score).ThenBy(a => a.Hops).ThenBy(a => a.OrganisationKey, StringComparer.Ordinal).Select(a => a.Score),
            whole.Select(a => a.Score));

        // A fresh report read as a dashboard does: the first page, then pages further on, then a jump far ahead.
        var paged = ImpactAnalysis.Analyze(projection, "t", options).Affected;
        foreach (var position in Enumerable.Range(0, 25).Concat(Enumerable.Range(25, 400)).Concat([whole.Count - 1, 1_500]))
        {
            var entry = paged[position];
            Assert.Equal(whole[position], (entry.OrganisationKey, entry.Score, entry.Hops, entry.CrossBorder));
        }

        var crossBorder = whole.Where(a => a.CrossBorder).ToList();
        Assert.InRange(crossBorder.Count, 100, whole.Count - 100);
        var filtered = ImpactAnalysis.Analyze(projection, "t", options).CrossBorderOnly();
        Assert.Equal(crossBorder.Count, filtered.Count);
        Assert.Equal(crossBorder.Take(60), filtered.Take(60).Select(a => (a.OrganisationKey, a.Score, a.Hops, a.CrossBorder)));
        Assert.Equal(crossBorder[^1], (filtered[^1].OrganisationKey, filtered[^1].Score, filtered[^1].Hops, filtered[^1].CrossBorder));
    }

    /// <summary>Entries whose scores sit on chains of near-ties around a few bases, with exact repeats, random hops and distinct nodes.</summary>
    private static (ReportEntries Entries, int[] Ranks) RandomEntries(Random random, int count)
    {
        var nodes = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
        var ranks = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
        var scores = new double[count];
        var hops = new int[count];
        var chainLength = random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            var value = random.Next(4) == 0
                ? 0.05 + (random.NextDouble() * 0.95)
                : Bases[random.Next(Bases.Length)] * (1 - (random.Next(chainLength) * Step));
            scores[i] = i > 0 && random.Next(8) == 0 ? scores[random.Next(i)] : value;
            hops[i] = random.Next(1, 5);
        }

        return (new ReportEntries(nodes, scores, hops), ranks);
    }

    /// <summary>The reference: the comparison sort of the model's tie rule over (score, hops, key rank).</summary>
    private static int[] FullSort(ReportEntries entries, int[] ranks)
    {
        var items = Enumerable.Range(0, entries.Count).ToArray();
        ScoreTies.Sort(
            items,
            items.Length,
            i => entries.Scores[i],
            (x, y) => entries.Hops[x] != entries.Hops[y] ? entries.Hops[x].CompareTo(entries.Hops[y]) : ranks[entries.Nodes[x]].CompareTo(ranks[entries.Nodes[y]]));
        return items;
    }

    /// <summary>Thousands of organisations, half based in the threat's jurisdiction, reached with many equal scores.</summary>
    private static TestGraph LargeReportGraph()
    {
        var random = new Random(11);
        var graph = new TestGraph().Threat("t").Jurisdiction("j").Jurisdiction("k");
        const int organisations = 6_000;
        for (var i = 0; i < organisations; i++)
        {
            graph.Org($"o{i}", (OrganisationKind)(i % 8));
            graph.Rel($"o{i}", BasedIn, i % 2 == 0 ? "j" : "k", 0.5);
        }

        double[] strengths = [1.0, 0.9, 0.8, 0.5];
        for (var i = 0; i < 30_000; i++)
        {
            var from = random.Next(organisations);
            var to = random.Next(organisations);
            if (from != to)
            {
                graph.Rel($"o{from}", random.Next(3) == 0 ? MemberOf : PartnersWith, $"o{to}", strengths[random.Next(strengths.Length)]);
            }
        }

        return graph.Rel("t", OccurredIn, "j").Rel("t", Targets, "o1");
    }
}
