using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>The alliance's own work (issue 15): programmes, camps, campaigns, action items and their relationships.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly Entity[] AllianceEntities =
    [
        new Organisation("o-org", "Organiser", OrganisationKind.Ngo),
        new Organisation("o-gov", "Government", OrganisationKind.Government),
        new Defender("d-one", "Kestrel"),
        new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country),
        new Threat("t-act", "An act", ThreatCategory.Legislation, new DateOnly(2023, 12, 12)),
        new Programme("p-rare", "RARE")
        {
            StartsOn = new DateOnly(2024, 1, 1), EndsOn = new DateOnly(2025, 12, 31), Summary = "Two years.",
            Source = "https://example.org/rare", Confidence = 0.9,
        },
        new Programme("p-bare", "Bare programme"),
        new Camp("c-one", "Camp one")
        {
            City = "Somewhere", StartsOn = new DateOnly(2024, 3, 4), EndsOn = new DateOnly(2024, 3, 8), Topic = "Security",
            Source = "illustrative", Confidence = 0.4, ValidFrom = new DateOnly(2024, 3, 4),
        },
        new Camp("c-bare", "Bare camp"),
        new Campaign("cp-one", "Campaign one")
        {
            Goal = "Repeal", Status = CampaignStatus.Active, StartsOn = new DateOnly(2024, 1, 15), EndsOn = new DateOnly(2025, 1, 15),
        },
        new Campaign("cp-bare", "Bare campaign"),
        new ActionItem("a-one", "Brief the rapporteur") { DueOn = new DateOnly(2024, 6, 1), Status = ActionItemStatus.InProgress },
        new ActionItem("a-bare", "Bare item"),
    ];

    private static readonly Relationship[] AllianceRelationships =
    [
        new("o-org", RelationshipType.Organises, "p-rare"),
        new("c-one", RelationshipType.HeldIn, "j-hu") { Source = "illustrative", Confidence = 0.3 },
        new("d-one", RelationshipType.ParticipatesIn, "c-one") { Role = ParticipationRole.Participant, ValidFrom = new DateOnly(2024, 3, 4) },
        new("o-org", RelationshipType.ParticipatesIn, "c-one") { Role = ParticipationRole.Host },
        new("d-one", RelationshipType.ParticipatesIn, "p-rare") { Role = ParticipationRole.Trainer },
        new("o-org", RelationshipType.Runs, "cp-one"),
        new("cp-one", RelationshipType.AdvocatesTo, "o-gov") { Strength = 0.5 },
        new("cp-one", RelationshipType.RespondsTo, "t-act"),
        new("o-org", RelationshipType.Owns, "a-one"),
        new("c-one", RelationshipType.PartOf, "p-rare"),
        new("cp-one", RelationshipType.PartOf, "p-rare"),
        new("a-one", RelationshipType.PartOf, "cp-one"),
    ];

    [Fact]
    public async Task Alliance_Work_Should_Round_Trip_Every_Field()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(AllianceEntities, AllianceRelationships), 0, None);

        var read = (await store.GetEntitiesAsync(AllianceEntities.Select(e => e.Key).ToList(), None)).ToDictionary(e => e.Key);
        foreach (var expected in AllianceEntities)
        {
            AssertSameEntity(expected, read[expected.Key]);
        }

        var relationships = await ToListAsync(store.ScanRelationshipsAsync(None));
        Assert.Equal(AllianceRelationships.Length, relationships.Count);
        foreach (var expected in AllianceRelationships)
        {
            Assert.Equal(expected, Assert.Single(relationships, r => r.Identity == expected.Identity));
        }
    }

    [Fact]
    public async Task Alliance_Work_Should_Be_Listed_And_Counted_By_Label()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(AllianceEntities, AllianceRelationships), 0, None);

        foreach (var label in new[] { EntityLabel.Programme, EntityLabel.Camp, EntityLabel.Campaign, EntityLabel.ActionItem })
        {
            var listed = await store.ListEntitiesAsync(new EntityQuery(label, null, [new SortSpec(EntityField.Name)], null, false, 10), None);
            Assert.Equal(2, listed.Count);
            Assert.All(listed, e => Assert.Equal(label, e.Label));
            Assert.Equal(2, await store.CountEntitiesAsync(label, null, None));
        }
    }

    [Fact]
    public async Task The_Reads_Behind_Coverage_Should_Find_Campaigns_And_Organisations_Advocating_To_A_Body()
    {
        // coverage asks for the ADVOCATES_TO links into the affected bodies, then the campaigns' RESPONDS_TO links.
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(AllianceEntities, [.. AllianceRelationships, new Relationship("o-org", RelationshipType.AdvocatesTo, "o-gov")]), 0, None);

        var advocacy = await store.GetRelationshipsOfAsync(["o-gov", "o-org"], RelationshipDirection.Incoming, [RelationshipType.AdvocatesTo], None);
        var responses = await store.GetRelationshipsOfAsync(["cp-one", "cp-bare"], RelationshipDirection.Outgoing, [RelationshipType.RespondsTo], None);

        Assert.Equal(["cp-one", "o-org"], advocacy.Select(r => r.FromKey));
        Assert.All(advocacy, r => Assert.Equal("o-gov", r.ToKey));
        Assert.Equal(0.5, advocacy[0].Strength);
        Assert.Equal(("cp-one", "t-act"), (Assert.Single(responses).FromKey, responses[0].ToKey));
    }

    [Fact]
    public async Task The_Reads_Behind_Camp_Encounters_Should_Give_Every_Participation_Of_A_Camp_With_Its_Role()
    {
        // campEncounters reads all relationships of the subject and of its camps, both directions, in one call each.
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(AllianceEntities, AllianceRelationships), 0, None);

        var ofCampAndSubject = await store.GetRelationshipsOfAsync(["c-one", "d-one"], RelationshipDirection.Both, null, None);

        Assert.Equal(
            ["d-one PARTICIPATES_IN c-one Participant", "d-one PARTICIPATES_IN p-rare Trainer", "o-org PARTICIPATES_IN c-one Host"],
            ofCampAndSubject.Where(r => r.Type == RelationshipType.ParticipatesIn).Select(r => $"{r.FromKey} PARTICIPATES_IN {r.ToKey} {r.Role}"));
        Assert.Contains(ofCampAndSubject, r => r.Type == RelationshipType.HeldIn);
        Assert.Contains(ofCampAndSubject, r => r.Type == RelationshipType.PartOf && r.FromKey == "c-one");
    }

    [Fact]
    public async Task A_Participation_Role_Should_Be_Replaced_And_Cleared_With_The_Relationship()
    {
        var store = await CreateEmptyStoreAsync();
        await store.ApplyAsync(Upserting(AllianceEntities, AllianceRelationships), 0, None);

        await store.ApplyAsync(Upserting(new Relationship("d-one", RelationshipType.ParticipatesIn, "c-one") { Role = ParticipationRole.Trainer }), 1, None);
        await store.ApplyAsync(Upserting(new Relationship("o-org", RelationshipType.ParticipatesIn, "c-one")), 2, None);

        var ofCamp = await store.GetRelationshipsOfAsync(["c-one"], RelationshipDirection.Incoming, [RelationshipType.ParticipatesIn], None);
        Assert.Equal(ParticipationRole.Trainer, Assert.Single(ofCamp, r => r.FromKey == "d-one").Role);
        Assert.Null(Assert.Single(ofCamp, r => r.FromKey == "o-org").Role);
    }
}
