using System.Text.Json;
using RareGraph.Domain.Model;
using RareGraph.Storage.Neo4j.Mapping;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Tests.Cypher;

public sealed class EntityMappingTests
{
    public static TheoryData<Entity> Entities => new()
    {
        new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country) { Tags = ["eu", "coe"] },
        new Organisation("o-1", "Civic Watch", OrganisationKind.Ngo) { Website = "https://example.org", Tags = ["press"] },
        new Organisation("o-2", "Bare", OrganisationKind.Other),
        new Organisation("o-3", "Invented", OrganisationKind.Ngo)
        {
            Source = "illustrative",
            Confidence = 0.4,
            ValidFrom = new DateOnly(2023, 12, 12),
            ValidTo = new DateOnly(2025, 1, 1),
        },
        new Jurisdiction("j-yu", "Yugoslavia", "YU", JurisdictionKind.Region) { ValidTo = new DateOnly(1992, 4, 27), Confidence = 1.0 },
        new Threat("t-2", "Anti-SLAPP directive", ThreatCategory.Other, new DateOnly(2024, 4, 11))
        {
            Polarity = EventPolarity.Protective,
            Source = "https://eur-lex.europa.eu/eli/dir/2024/1069/oj",
        },
        new Defender("d-1", "Falcon") { Restricted = new DefenderRestrictedData("Ana B.", "signal:ana", "Tbilisi", Severity.High) },
        new Defender("d-2", "Owl"),
        new Threat("t-1", "Foreign agents law", ThreatCategory.Legislation, new DateOnly(2023, 3, 1))
        {
            DatePrecision = DatePrecision.Month,
            Severity = Severity.Critical,
            Summary = "…",
            Sources = ["https://example.org/a"],
        },
        new Programme("p-1", "RARE") { StartsOn = new DateOnly(2024, 1, 1), EndsOn = new DateOnly(2025, 12, 31), Summary = "Two years." },
        new Programme("p-2", "Bare programme"),
        new Camp("c-1", "Camp one")
        {
            City = "Somewhere", StartsOn = new DateOnly(2024, 3, 4), EndsOn = new DateOnly(2024, 3, 8), Topic = "Security",
            Source = "illustrative", Confidence = 0.4,
        },
        new Camp("c-2", "Bare camp"),
        new Campaign("cp-1", "Campaign one") { Goal = "Repeal", Status = CampaignStatus.Active, StartsOn = new DateOnly(2024, 1, 15) },
        new Campaign("cp-2", "Bare campaign"),
        new ActionItem("a-1", "Brief the rapporteur") { DueOn = new DateOnly(2024, 6, 1), Status = ActionItemStatus.InProgress },
        new ActionItem("a-2", "Bare item"),
    };

    [Theory]
    [MemberData(nameof(Entities))]
    public void Entity_Should_Survive_The_Trip_Through_Typed_Json_And_Back(Entity entity)
    {
        // Written as parameters, read back as the properties of a node in a typed response: the whole wire round trip.
        var written = RequestWriter.Write(CypherRequest.Write("RETURN 1", EntityProperties.From(entity)), []);
        using var document = JsonDocument.Parse(written);
        var properties = document.RootElement.GetProperty("parameters").EnumerateObject()
            .ToDictionary(p => p.Name, p => ValueReader.ReadTyped(p.Value), StringComparer.Ordinal);

        var read = EntityProperties.ToEntity(new Neo4jNode("4:x:1", ["Entity", entity.Label.ToString()], properties));

        Assert.True(EntitySameness.AreSame(entity, read), $"{entity.Key} changed on the way.");
    }

    [Fact]
    public void Relationship_Should_Keep_Whole_Strengths_As_Floats_And_Dates_As_Dates()
    {
        var relationship = new Relationship("a", RelationshipType.PartnersWith, "b")
        {
            Strength = 1.0,
            ValidFrom = new DateOnly(2020, 1, 1),
            Confidence = 0.75,
            Source = "report",
        };
        var written = RequestWriter.Write(CypherRequest.Write("RETURN 1", RelationshipProperties.From(relationship)), []);
        using var document = JsonDocument.Parse(written);
        var parameters = document.RootElement.GetProperty("parameters");
        var properties = parameters.EnumerateObject().ToDictionary(p => p.Name, p => ValueReader.ReadTyped(p.Value), StringComparer.Ordinal);

        var read = RelationshipProperties.ToRelationship("a", new Neo4jRelationship("5:x:1", "4:x:1", "4:x:2", "PARTNERS_WITH", properties), "b");

        Assert.Equal("Float", parameters.GetProperty("strength").GetProperty("$type").GetString());
        Assert.Equal("Date", parameters.GetProperty("validFrom").GetProperty("$type").GetString());
        Assert.Equal(relationship, read);
    }

    [Fact]
    public void A_Participation_Should_Keep_Its_Role()
    {
        var relationship = new Relationship("d-1", RelationshipType.ParticipatesIn, "c-1") { Role = ParticipationRole.Trainer };
        var written = RequestWriter.Write(CypherRequest.Write("RETURN 1", RelationshipProperties.From(relationship)), []);
        using var document = JsonDocument.Parse(written);
        var properties = document.RootElement.GetProperty("parameters").EnumerateObject()
            .ToDictionary(p => p.Name, p => ValueReader.ReadTyped(p.Value), StringComparer.Ordinal);

        var read = RelationshipProperties.ToRelationship("d-1", new Neo4jRelationship("5:x:1", "4:x:1", "4:x:2", "PARTICIPATES_IN", properties), "c-1");

        Assert.Equal(relationship, read);
    }
}
