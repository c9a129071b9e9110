using RareGraph.Domain.Model;

namespace RareGraph.DemoData.Tests;

/// <summary>
/// The demo exists to show spill-over across borders; these tests check the data gives the analysis something to find,
/// following the flow directions of the spill-over model without its scores.
/// </summary>
public sealed class DemoSpilloverReachTests
{
    private static readonly IReadOnlyList<Relationship> Relationships = [.. DemoDataSet.Build().Relationships.Select(r => r.Value)];

    private static readonly Dictionary<string, string> BaseOf = Relationships
        .Where(r => r.Type == RelationshipType.BasedIn)
        .ToDictionary(r => r.FromKey, r => r.ToKey);

    [Theory]
    [InlineData("threat:2023-hu-sovereignty-protection-act", "HU")]
    [InlineData("threat:2024-ge-foreign-influence-law", "GE")]
    [InlineData("threat:2025-rs-ngo-raids", "RS")]
    public void Threat_Should_Reach_Organisations_Based_Outside_Its_Country_Within_Four_Steps(string threatKey, string country)
    {
        var reached = ReachableWithin(Seeds(threatKey), 4);

        var abroad = reached.Where(k => k.StartsWith("org:", StringComparison.Ordinal) && BaseOf.TryGetValue(k, out var j) && j != country);
        Assert.NotEmpty(abroad);
    }

    [Fact]
    public void Expired_Partnership_Should_Exist_To_Show_Date_Filtering()
    {
        Assert.Contains(Relationships, r => r.Type == RelationshipType.PartnersWith && r.ValidTo is not null);
    }

    private static HashSet<string> Seeds(string threatKey) =>
    [
        .. Relationships
            .Where(r => r.FromKey == threatKey && RelationshipRules.For(r.Type).DefinesSeeds)
            .Select(r => r.ToKey),
    ];

    private static HashSet<string> ReachableWithin(HashSet<string> seeds, int maxSteps)
    {
        var reached = new HashSet<string>(seeds, StringComparer.Ordinal);
        var frontier = seeds.ToList();
        for (var step = 0; step < maxSteps; step++)
        {
            frontier = [.. frontier.SelectMany(Neighbours).Where(reached.Add)];
        }

        return reached;
    }

    private static IEnumerable<string> Neighbours(string key)
    {
        foreach (var r in Relationships)
        {
            var flow = RelationshipRules.For(r.Type).Flow;
            if (r.FromKey == key && flow is FlowDirection.Forward or FlowDirection.Both)
            {
                yield return r.ToKey;
            }
            else if (r.ToKey == key && flow is FlowDirection.Backward or FlowDirection.Both)
            {
                yield return r.FromKey;
            }
        }
    }
}
