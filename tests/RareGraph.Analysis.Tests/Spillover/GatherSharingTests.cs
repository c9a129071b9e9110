using FsCheck.Xunit;
using RareGraph.Analysis.Parallelism;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

/// <summary>
/// Gathering layers shared with a chunk helper must give the very report one thread gives (scores to the bit, hops,
/// order, paths), however the helper runs: at full speed, slowed down in every chunk, or stuck in one.
/// </summary>
public sealed class GatherSharingTests
{
    private static readonly GatherSharing Alone = new(int.MaxValue, Helper: null);

    /// <summary>One helper for the property tests of this class, as a process has one.</summary>
    private static readonly ChunkHelper PropertyHelper = new(beforeEachChunk: null);

    private static readonly Lazy<GraphProjection> Large = new(() => LargeGraph(seed: 11).Build());

    [Fact]
    public void A_Helper_Sharing_Small_Chunks_Should_Give_The_Report_Of_One_Thread()
    {
        using var helper = new ChunkHelper(beforeEachChunk: null);
        var options = new ImpactOptions { MaxHops = 4, MinScore = 0.01, Direction = LayerDirection.Gather };

        var expected = Report(Large.Value, "t", options, Alone);
        var shared = Report(Large.Value, "t", options, new GatherSharing(512, helper));

        Assert.True(expected.Count > 1000);
        Assert.Equal(expected, shared);
    }

    [Fact]
    public void A_Helper_Slowed_Down_In_Every_Chunk_Should_Not_Change_The_Report()
    {
        var random = new Random(3);
        using var helper = new ChunkHelper(() => Thread.Sleep(random.Next(3)));
        var options = new ImpactOptions { MaxHops = 5, MinScore = 0.01, Direction = LayerDirection.Gather };

        var expected = Report(Large.Value, "t", options, Alone);
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(expected, Report(Large.Value, "t", options, new GatherSharing(256, helper)));
        }
    }

    [Fact]
    public async Task A_Helper_Stuck_In_A_Chunk_Should_Neither_Hold_Up_The_Query_Nor_Corrupt_Later_Ones()
    {
        using var stuck = new ManualResetEventSlim();
        var first = 0;
        using var helper = new ChunkHelper(() =>
        {
            // Descheduled in its first chunk, as on a loaded machine, until the query and the next layers are long over.
            if (Interlocked.Exchange(ref first, 1) == 0)
            {
                stuck.Wait();
            }
        });
        var options = new ImpactOptions { MaxHops = 4, MinScore = 0.01, Direction = LayerDirection.Gather };
        var later = options with { MinScore = 0.02, At = TestGraph.Day.AddDays(10) };
        var expected = Report(Large.Value, "t", options, Alone);
        var expectedLater = Report(Large.Value, "t", later, Alone);

        var answered = Task.Run(() => Report(Large.Value, "t", options, new GatherSharing(256, helper)));
        var finished = await Task.WhenAny(answered, Task.Delay(TimeSpan.FromMinutes(2)));
        stuck.Set();

        Assert.Same(answered, finished);
        Assert.Equal(expected, await answered);
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(expectedLater, Report(Large.Value, "t", later, new GatherSharing(256, helper)));
        }
    }

    [Fact]
    public async Task Concurrent_Queries_Should_Each_Get_The_Report_Of_One_Thread()
    {
        using var helper = new ChunkHelper(beforeEachChunk: null);
        var sharing = new GatherSharing(1024, helper);
        ImpactOptions[] queries =
        [
            new() { MaxHops = 4, MinScore = 0.01 },
            new() { MaxHops = 3, MinScore = 0.05, Direction = LayerDirection.Gather },
            new() { MaxHops = 5, MinScore = 0.02, At = TestGraph.Day.AddDays(-10), Direction = LayerDirection.Gather },
            new() { MaxHops = 4, MinScore = 0.01, Kinds = [OrganisationKind.Ngo, OrganisationKind.Funder] },
        ];
        var expected = queries.Select(q => Report(Large.Value, "t", q, Alone)).ToList();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => Report(Large.Value, "t", queries[i % 4], sharing))));

        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equal(expected[i % 4], answers[i]);
        }
    }

    [Property(MaxTest = 200)]
    public void Chunks_Of_A_Few_Entries_Shared_With_A_Helper_Should_Give_The_Report_Of_One_Thread(int seed)
    {
        var graph = RandomGraphs.Create(seed).Build();
        var random = new Random(seed);
        var options = new ImpactOptions
        {
            MaxHops = random.Next(1, 6),
            MinScore = 0.01,
            At = random.Next(3) == 0 ? TestGraph.Day.AddDays(-20) : TestGraph.Day,
            Direction = LayerDirection.Gather,
        };

        Assert.Equal(
            Report(graph, "t", options, Alone),
            Report(graph, "t", options, new GatherSharing(random.Next(1, 8), PropertyHelper)));
    }

    [Fact]
    public void Chunks_Should_Cover_Every_Node_And_Windowed_Entry_Once_Without_Sharing_A_Target()
    {
        var index = Large.Value.InflowIndex!;

        var chunks = InflowChunks.Build(index, 1000);

        Assert.Equal(0, chunks.NodeBounds[0]);
        Assert.Equal(index.Offsets.Length - 1, chunks.NodeBounds[^1]);
        Assert.Equal(index.WindowedTargets.Length, chunks.WindowedBounds[^1]);
        for (var c = 0; c < chunks.Count; c++)
        {
            Assert.True(chunks.NodeBounds[c] <= chunks.NodeBounds[c + 1]);
            for (var a = chunks.WindowedBounds[c]; a < chunks.WindowedBounds[c + 1]; a++)
            {
                Assert.InRange(index.WindowedTargets[a], chunks.NodeBounds[c], chunks.NodeBounds[c + 1] - 1);
            }
        }

        Assert.InRange(chunks.Count, index.Sources.Length / 1000, (index.Sources.Length / 1000) + 1);
    }

    /// <summary>Everything a caller can read of a report, paths included, as comparable values.</summary>
    private static List<string> Report(GraphProjection graph, string threat, ImpactOptions options, GatherSharing sharing)
    {
        GatherSharing.ThreadOverride = sharing;
        try
        {
            var affected = ImpactAnalysis.Analyze(graph, threat, options).Affected;
            return affected
                .Select((a, i) => FormattableString.Invariant($"{a.OrganisationKey} {BitConverter.DoubleToInt64Bits(a.Score)} {a.Hops} {a.CrossBorder}") +
                                  (i < 40 ? " " + string.Join('>', a.Path.NodeKeys) + " " + string.Join(',', a.Path.Relationships) : string.Empty))
                .ToList();
        }
        finally
        {
            GatherSharing.ThreadOverride = null;
        }
    }

    /// <summary>Thousands of organisations, hubs reached in several layers, windows valid and not at the query's date.</summary>
    private static TestGraph LargeGraph(int seed)
    {
        var random = new Random(seed);
        var graph = new TestGraph().Threat("t");
        const int organisations = 6_000;
        OrganisationWeb.Add(graph, random, organisations, relationships: 60_000, windowedOneIn: 6, "j", "k");

        for (var i = 0; i < 300; i++)
        {
            graph.Rel($"o{random.Next(organisations)}", BasedIn, i % 2 == 0 ? "j" : "k");
        }

        return graph.Rel("t", OccurredIn, "j").Rel("t", Targets, "o1").Rel("t", Targets, "o2");
    }
}
