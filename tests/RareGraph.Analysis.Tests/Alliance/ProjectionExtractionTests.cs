using RareGraph.Analysis.Alliance;
using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Alliance;

public sealed class ProjectionExtractionTests
{
    private static readonly DateOnly At = new(2024, 6, 1);

    [Fact]
    public void Projection_Extraction_Should_Give_The_Same_Report_As_Domain_Objects()
    {
        var (entities, relationships) = RandomDomainGraph(seed: 5);
        var projection = GraphProjection.Build(entities, relationships);

        var fromProjection = AllianceAnalysis.Compute(projection, At);
        var fromDomain = AllianceAnalysis.Compute(entities, relationships, At);

        Assert.Equal(fromDomain.Members, fromProjection.Members);
        Assert.Equal(fromDomain.EdgeCount, fromProjection.EdgeCount);
        Assert.Equal(fromDomain.Modularity, fromProjection.Modularity);
        Assert.Equal(fromDomain.Components.Select(c => c.MemberKeys), fromProjection.Components.Select(c => c.MemberKeys));
    }

    [Fact]
    public void Projection_Extraction_Should_Drop_Expired_And_Non_Alliance_Relationships()
    {
        var (entities, relationships) = RandomDomainGraph(seed: 9);
        var projection = GraphProjection.Build(entities, relationships);
        var expected = relationships
            .Where(r => AllianceGraph.IsAllianceType(r.Type) && r.IsValidOn(At))
            .Select(r => string.CompareOrdinal(r.FromKey, r.ToKey) < 0 ? (r.FromKey, r.ToKey) : (r.ToKey, r.FromKey))
            .Where(p => p.Item1 != p.Item2)
            .Distinct()
            .Count();

        var graph = AllianceGraph.FromProjection(projection, At);

        Assert.Equal(expected, graph.EdgeCount);
        Assert.Equal(entities.Count(e => e.Label is EntityLabel.Organisation or EntityLabel.Defender), graph.NodeCount);
    }

    [Fact]
    public void Members_Should_Be_Those_Existing_On_The_Date_And_Sure_Enough()
    {
        List<Entity> entities =
        [
            new Organisation("old", "Old", OrganisationKind.Ngo) { ValidTo = At.AddYears(-1) },
            new Organisation("new", "New", OrganisationKind.Government) { ValidFrom = At.AddYears(1) },
            new Organisation("invented", "Invented", OrganisationKind.Ngo) { Confidence = 0.4, Source = "illustrative" },
            new Organisation("ngo", "NGO", OrganisationKind.Ngo),
            new Defender("def", "Def"),
        ];
        List<Relationship> relationships =
        [
            new("def", RelationshipType.AffiliatedWith, "ngo"),
            new("ngo", RelationshipType.PartnersWith, "invented"),
            new("ngo", RelationshipType.PartnersWith, "new"),
            new("old", RelationshipType.PartnersWith, "ngo"),
        ];
        var projection = GraphProjection.Build(entities, relationships);

        var all = AllianceAnalysis.Compute(projection, At);
        var sure = AllianceAnalysis.Compute(projection.WithMinConfidence(0.6), At);

        Assert.Equal(["def", "invented", "ngo"], all.Members.Select(m => m.Key));
        Assert.Equal(2, all.Members.Single(m => m.Key == "ngo").Degree);
        Assert.Equal(["def", "ngo"], sure.Members.Select(m => m.Key));
        Assert.Equal(
            AllianceAnalysis.Compute(AllianceGraph.FromDomain(entities, relationships, At, minConfidence: 0.6), At).Members,
            sure.Members);
    }

    [Fact]
    public void Projection_Analysis_Should_Honour_The_Time_Budget()
    {
        var (entities, relationships) = RandomDomainGraph(seed: 3, organisations: 1_500, links: 6_000);
        var projection = GraphProjection.Build(entities, relationships);

        var error = Assert.Throws<RareGraphException>(
            () => AllianceAnalysis.Compute(projection, At, budget: new AnalysisBudget { MaxDuration = TimeSpan.Zero }));

        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
    }

    private static (List<Entity> Entities, List<Relationship> Relationships) RandomDomainGraph(
        int seed, int organisations = 60, int links = 150)
    {
        var random = new Random(seed);
        var entities = new List<Entity> { new Jurisdiction("jur-a", "A", "AA", JurisdictionKind.Country) };
        entities.AddRange(Enumerable.Range(0, organisations).Select(i => new Organisation($"org-{i:D5}", $"O{i}", OrganisationKind.Ngo)));
        entities.AddRange(Enumerable.Range(0, organisations / 3).Select(i => new Defender($"def-{i:D5}", $"D{i}")));
        entities.Add(new Threat("thr-1", "T", ThreatCategory.Raid, At));

        // Shuffled so projection ids differ from key order.
        entities = [.. entities.OrderBy(_ => random.Next())];
        RelationshipType[] types = [RelationshipType.PartnersWith, RelationshipType.MemberOf, RelationshipType.FundedBy, RelationshipType.AdvocatesTo];
        var relationships = new Dictionary<RelationshipKey, Relationship>();
        for (var i = 0; i < links; i++)
        {
            var from = $"org-{random.Next(organisations):D5}";
            var relationship = random.Next(5) switch
            {
                0 => new Relationship($"def-{random.Next(organisations / 3):D5}", RelationshipType.AffiliatedWith, from),
                1 => new Relationship(from, RelationshipType.BasedIn, "jur-a"),
                _ => new Relationship(from, types[random.Next(types.Length)], $"org-{random.Next(organisations):D5}"),
            };
            if (random.Next(4) == 0)
            {
                relationship = relationship with { ValidFrom = At.AddDays(random.Next(-400, 400)) };
            }

            relationships[relationship.Identity] = relationship;
        }

        relationships[new("thr-1", RelationshipType.Targets, "org-00001")] = new("thr-1", RelationshipType.Targets, "org-00001");
        return (entities, [.. relationships.Values]);
    }
}
