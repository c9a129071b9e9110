using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.DemoData.Tests;

public sealed class DemoDataSetContentTests
{
    private static readonly HashSet<RelationshipType> TypesNoSourceSupports =
    [
        RelationshipType.AffiliatedWith,
        RelationshipType.MemberOf,
        RelationshipType.PartnersWith,
        RelationshipType.FundedBy,
        RelationshipType.OperatesIn,
        RelationshipType.AdvocatesTo,
        RelationshipType.Influences,
    ];

    private readonly WriteRequest _request = DemoDataSet.Build();

    [Fact]
    public void Build_Should_Name_The_Import_Operation()
    {
        Assert.Equal("importDemoData", _request.Operation);
    }

    [Fact]
    public void Build_Should_Contain_Every_Country_Of_The_Public_Data_And_The_Supranational_Bodies()
    {
        var jurisdictions = _request.Entities.Select(e => e.Value).OfType<Jurisdiction>().ToList();

        Assert.Equal(52, jurisdictions.Count(j => j.Kind == JurisdictionKind.Country));
        Assert.Equal(
            ["COE", "EU", "INT", "OSCE"],
            jurisdictions.Where(j => j.Kind == JurisdictionKind.Supranational).Select(j => j.Key).Order(StringComparer.Ordinal));
        Assert.Contains("member:EU", jurisdictions.Single(j => j.Key == "HU").Tags);
        Assert.DoesNotContain("member:COE", jurisdictions.Single(j => j.Key == "BY").Tags);
    }

    [Fact]
    public void Build_Should_Contain_Every_Organisation_Row_Based_In_Its_Jurisdiction()
    {
        var organisations = ItemsUnder(_request.Entities, "demo.organisations.");
        var basedIn = ItemsUnder(_request.Relationships, "demo.organisations.")
            .Where(r => r.Value.Type == RelationshipType.BasedIn)
            .ToList();

        Assert.Equal(57, organisations.Count);
        Assert.Equal(57, basedIn.Count);
        Assert.All(basedIn, r => Assert.Equal(1.0, r.Value.Confidence));
        Assert.All(basedIn, r => Assert.StartsWith("http", r.Value.Source, StringComparison.Ordinal));
        Assert.Contains(basedIn, r => r.Value.FromKey == "org:hungarian-helsinki-committee" && r.Value.ToKey == "HU");
        Assert.Contains(basedIn, r => r.Value.FromKey == "org:civicus" && r.Value.ToKey == "INT");
    }

    [Fact]
    public void Build_Should_Let_Only_Governments_And_Parliaments_Govern()
    {
        var organisations = _request.Entities.Select(e => e.Value).OfType<Organisation>().ToDictionary(o => o.Key);
        var governs = _request.Relationships.Select(r => r.Value).Where(r => r.Type == RelationshipType.Governs).ToList();

        Assert.Contains(governs, r => r.FromKey == "org:government-of-hungary" && r.ToKey == "HU");
        Assert.DoesNotContain(governs, r => r.ToKey == "INT");
        Assert.All(governs, r => Assert.Contains(organisations[r.FromKey].Kind, new[] { OrganisationKind.Government, OrganisationKind.Parliament }));
    }

    [Fact]
    public void Build_Should_Contain_Every_Event_As_A_Threat_Occurring_In_Its_Jurisdiction()
    {
        var threats = _request.Entities.Select(e => e.Value).OfType<Threat>().ToList();
        var occurredIn = _request.Relationships.Select(r => r.Value).Where(r => r.Type == RelationshipType.OccurredIn).ToList();

        Assert.Equal(40, threats.Count);
        Assert.Equal(threats.Select(t => t.Key).Order(), occurredIn.Select(r => r.FromKey).Order());
        Assert.Contains(occurredIn, r => r.FromKey == "threat:2023-hu-sovereignty-protection-act" && r.ToKey == "HU");
        Assert.Contains(occurredIn, r => r.FromKey == "threat:2024-eu-anti-slapp-directive" && r.ToKey == "EU");
    }

    [Fact]
    public void Month_Precision_Dates_Should_Become_The_First_Of_The_Month()
    {
        var threats = _request.Entities.Select(e => e.Value).OfType<Threat>().ToDictionary(t => t.Key);
        var lexNgo = threats["threat:2017-hu-lex-ngo"];

        Assert.Equal(new DateOnly(2017, 6, 1), lexNgo.OccurredOn);
        Assert.Equal(DatePrecision.Month, lexNgo.DatePrecision);
        Assert.Equal(DatePrecision.Day, threats["threat:2012-ru-foreign-agents-law"].DatePrecision);
        Assert.Equal(8, threats.Values.Count(t => t.DatePrecision == DatePrecision.Month));
    }

    [Fact]
    public void Threat_Sources_Should_Be_Split_Into_Separate_Entries()
    {
        var ukraine = _request.Entities.Select(e => e.Value).OfType<Threat>().Single(t => t.Key == "threat:2014-ua-dictatorship-laws");

        Assert.Equal(2, ukraine.Sources.Count);
        Assert.All(ukraine.Sources, s => Assert.DoesNotContain(" ; ", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Lineage_Should_Link_Every_Documented_Spillover_From_The_Later_To_The_Earlier_Threat_With_Its_Evidence()
    {
        var threats = _request.Entities.Select(e => e.Value).OfType<Threat>().ToDictionary(t => t.Key);
        var lineage = _request.Relationships.Select(r => r.Value).Where(r => RelationshipRules.For(r.Type).IsLineage).ToList();

        Assert.Equal(23, lineage.Count);
        Assert.All(lineage, r => Assert.True(threats[r.FromKey].OccurredOn >= threats[r.ToKey].OccurredOn));
        Assert.All(lineage, r => Assert.Contains("evidence:", r.Source, StringComparison.Ordinal));
        Assert.Contains(
            lineage,
            r => r.FromKey == "threat:2024-ge-foreign-influence-law"
                && r.Type == RelationshipType.ModelledOn
                && r.ToKey == "threat:2012-ru-foreign-agents-law");
    }

    [Fact]
    public void Every_Illustrative_Relationship_Should_Be_Marked_With_Low_Confidence()
    {
        var illustrative = _request.Relationships.Where(r => SeedFields.IsIllustrative(r.Field)).ToList();

        Assert.InRange(illustrative.Count, 50, 1000);
        Assert.All(illustrative, r => Assert.StartsWith(DemoDataSet.IllustrativeSource, r.Value.Source, StringComparison.Ordinal));
        Assert.All(illustrative, r => Assert.InRange(r.Value.Confidence!.Value, 0, DemoDataSet.MaxIllustrativeConfidence));
    }

    [Fact]
    public void Links_No_Source_Supports_Should_All_Be_Illustrative()
    {
        var unsupported = _request.Relationships.Where(r => TypesNoSourceSupports.Contains(r.Value.Type)).ToList();

        Assert.NotEmpty(unsupported);
        Assert.All(unsupported, r => Assert.True(SeedFields.IsIllustrative(r.Field), r.Field));
    }

    [Fact]
    public void Documented_Relationships_Should_Cite_A_Public_Source_And_Not_The_Illustrative_Marker()
    {
        var documented = _request.Relationships.Where(r => !SeedFields.IsIllustrative(r.Field)).ToList();

        Assert.All(documented, r => Assert.StartsWith("http", r.Value.Source, StringComparison.Ordinal));
        Assert.All(documented, r => Assert.DoesNotContain("illustrative", r.Value.Source, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_Defender_Should_Be_Fictional_And_Marked_So()
    {
        var defenders = _request.Entities.Where(e => e.Value is Defender).ToList();

        Assert.InRange(defenders.Count, 12, 26);
        Assert.All(defenders, d => Assert.StartsWith("demo.illustrative.defenders.", d.Field, StringComparison.Ordinal));
        Assert.All(defenders.Select(d => (Defender)d.Value), d =>
        {
            Assert.EndsWith("(fictional)", d.Pseudonym, StringComparison.Ordinal);
            Assert.StartsWith("Fictional Person ", d.Restricted.LegalName, StringComparison.Ordinal);
            Assert.EndsWith("@example.invalid", d.Restricted.Contact, StringComparison.Ordinal);
            Assert.Equal("fictional", d.Restricted.Location);
            Assert.NotNull(d.Restricted.RiskLevel);
        });
    }

    [Fact]
    public void Every_Defender_Should_Be_Affiliated_With_An_Organisation()
    {
        var affiliated = _request.Relationships.Select(r => r.Value)
            .Where(r => r.Type == RelationshipType.AffiliatedWith)
            .Select(r => r.FromKey)
            .ToHashSet();

        Assert.All(_request.Entities.Select(e => e.Value).OfType<Defender>(), d => Assert.Contains(d.Key, affiliated));
    }

    [Fact]
    public void Illustrative_Organisations_Should_Be_Tagged_Fictional()
    {
        var invented = ItemsUnder(_request.Entities, "demo.illustrative.organisations.");

        Assert.NotEmpty(invented);
        Assert.All(invented, o => Assert.Contains("fictional", ((Organisation)o.Value).Tags));
    }

    [Fact]
    public void Build_Should_Be_Deterministic()
    {
        var again = DemoDataSet.Build();

        Assert.Equal(_request.Entities.Select(e => e.Field), again.Entities.Select(e => e.Field));
        Assert.All(
            _request.Entities.Zip(again.Entities),
            pair => Assert.True(EntitySameness.AreSame(pair.First.Value, pair.Second.Value)));
        Assert.Equal(_request.Relationships, again.Relationships);
    }

    private static List<Located<T>> ItemsUnder<T>(IEnumerable<Located<T>> items, string fieldPrefix) =>
        [.. items.Where(i => i.Field.StartsWith(fieldPrefix, StringComparison.Ordinal))];
}
