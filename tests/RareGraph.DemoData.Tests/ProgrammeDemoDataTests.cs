using RareGraph.DemoData.Seeding;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.DemoData.Tests;

/// <summary>The RARE programme in the demo data (issue 15): what is documented, and that everything invented says so.</summary>
public sealed class ProgrammeDemoDataTests
{
    private const string Programme = "programme:rare";

    private readonly WriteRequest _request = DemoDataSet.Build();

    private IEnumerable<Relationship> Relationships => _request.Relationships.Select(r => r.Value);

    [Fact]
    public void The_Programme_Should_Be_Organised_By_Its_Three_Public_Organisers_On_Their_Own_Source()
    {
        var programme = Assert.Single(_request.Entities.Select(e => e.Value).OfType<Programme>());
        var organisers = Relationships.Where(r => r.Type == RelationshipType.Organises).ToList();

        Assert.Equal(Programme, programme.Key);
        Assert.Null(programme.Confidence);
        Assert.Contains("https://helsinki.hu/", programme.Source, StringComparison.Ordinal);
        Assert.Equal(
            ["org:hertie-school", "org:hungarian-helsinki-committee", "org:netherlands-helsinki-committee"],
            organisers.Select(r => r.FromKey).Order(StringComparer.Ordinal));
        Assert.All(organisers, r => Assert.Equal((programme.Source, 1.0), (r.Source, r.Confidence!.Value)));
    }

    [Fact]
    public void The_Programme_Should_Have_26_Fictional_Defender_Participants()
    {
        var participants = Relationships.Where(r => r.Type == RelationshipType.ParticipatesIn && r.ToKey == Programme).ToList();
        var defenders = _request.Entities.Select(e => e.Value).OfType<Defender>().ToDictionary(d => d.Key);

        Assert.Equal(26, participants.Select(r => r.FromKey).Distinct().Count());
        Assert.All(participants, r => Assert.EndsWith("(fictional)", defenders[r.FromKey].Pseudonym, StringComparison.Ordinal));
        Assert.All(participants, r => Assert.Equal(ParticipationRole.Participant, r.Role));
    }

    [Fact]
    public void Nine_Illustrative_Camps_Should_Be_Held_In_European_Countries_Within_The_Programme()
    {
        var camps = _request.Entities.Select(e => e.Value).OfType<Camp>().ToList();
        var heldIn = Relationships.Where(r => r.Type == RelationshipType.HeldIn).ToDictionary(r => r.FromKey, r => r.ToKey);
        var europe = _request.Entities.Select(e => e.Value).OfType<Jurisdiction>()
            .Where(j => j.Tags.Contains("member:COE")).Select(j => j.Key).ToHashSet();

        Assert.Equal(9, camps.Count);
        Assert.All(camps, c => Assert.EndsWith("(illustrative)", c.Title, StringComparison.Ordinal));
        Assert.All(camps, c => Assert.Contains(heldIn[c.Key], europe));
        Assert.All(camps, c => Assert.Contains(Relationships, r => r.FromKey == c.Key && r.Type == RelationshipType.PartOf && r.ToKey == Programme));
        Assert.Equal(camps.Count, camps.Select(c => c.City).Distinct().Count());
        Assert.All(camps, c => Assert.True(c.StartsOn <= c.EndsOn));
    }

    [Fact]
    public void Every_Invented_Item_Of_The_Programme_Should_Be_Illustrative_With_At_Most_Half_Confidence()
    {
        var invented = _request.Entities.Where(e => e.Value is Camp or Campaign or ActionItem).Select(e => e.Value).ToList();
        var links = _request.Relationships.Where(r => r.Field.StartsWith("demo.programme.", StringComparison.Ordinal) && SeedFields.IsIllustrative(r.Field)).ToList();

        Assert.All(invented, e => Assert.Equal((DemoDataSet.IllustrativeSource, DemoDataSet.MaxIllustrativeConfidence), (e.Source, e.Confidence!.Value)));
        Assert.True(links.Count > 200, $"{links.Count} illustrative programme links");
        Assert.All(links, r => Assert.StartsWith(DemoDataSet.IllustrativeSource, r.Value.Source, StringComparison.Ordinal));
        Assert.All(links, r => Assert.InRange(r.Value.Confidence!.Value, 0, DemoDataSet.MaxIllustrativeConfidence));
    }

    [Fact]
    public void Campaigns_Should_Run_Advocate_And_Respond_In_Every_Status()
    {
        var campaigns = _request.Entities.Select(e => e.Value).OfType<Campaign>().ToList();

        Assert.Equal(Enum.GetValues<CampaignStatus>().ToHashSet(), campaigns.Select(c => c.Status).ToHashSet());
        Assert.All(campaigns, c =>
        {
            Assert.Contains(Relationships, r => r.Type == RelationshipType.Runs && r.ToKey == c.Key);
            Assert.Contains(Relationships, r => r.Type == RelationshipType.AdvocatesTo && r.FromKey == c.Key);
        });
        Assert.Contains(Relationships, r => r.Type == RelationshipType.RespondsTo && r.ToKey == "threat:2023-hu-sovereignty-protection-act");
    }

    [Fact]
    public void Action_Items_Should_Have_Owners_Due_Dates_And_Belong_To_A_Campaign_Or_Camp()
    {
        var items = _request.Entities.Select(e => e.Value).OfType<ActionItem>().ToList();
        var wholes = _request.Entities.Select(e => e.Value).Where(e => e is Campaign or Camp).Select(e => e.Key).ToHashSet();

        Assert.True(items.Count >= 10);
        Assert.All(items, i =>
        {
            Assert.NotNull(i.DueOn);
            Assert.Contains(Relationships, r => r.Type == RelationshipType.Owns && r.ToKey == i.Key);
            Assert.Contains(Relationships, r => r.Type == RelationshipType.PartOf && r.FromKey == i.Key && wholes.Contains(r.ToKey));
        });
        Assert.True(items.Select(i => i.Status).Distinct().Count() >= 3);
    }

    [Fact]
    public void Ties_Formed_During_The_Programme_Should_Begin_After_The_Last_Recorded_Event()
    {
        // So that no event's impact at its own date differs from what it was before the programme was added.
        var lastEvent = _request.Entities.Select(e => e.Value).OfType<Threat>().Max(t => t.OccurredOn);
        var ties = SeedFiles.AllianceWork().Relationships;

        Assert.NotEmpty(ties);
        Assert.All(ties, t => Assert.True(t.ValidFrom > lastEvent, $"{t.From} {t.Type} {t.To} begins {t.ValidFrom}"));
    }

    [Fact]
    public void New_Participants_Should_Reach_No_Organisation_That_Their_Own_Base_Does_Not_Already_Reach()
    {
        // A fictional participant based where their one organisation is adds no spill-over path between organisations.
        var basedIn = Relationships.Where(r => r.Type == RelationshipType.BasedIn).ToLookup(r => r.FromKey, r => r.ToKey);
        var affiliations = Relationships.Where(r => r.Type == RelationshipType.AffiliatedWith).ToLookup(r => r.FromKey, r => r.ToKey);
        var newcomers = Enumerable.Range(17, 10).Select(n => $"defender:fictional-{n}").ToList();

        Assert.All(newcomers, d =>
        {
            var organisation = Assert.Single(affiliations[d]);
            Assert.Equal(basedIn[organisation], basedIn[d]);
        });
    }
}
