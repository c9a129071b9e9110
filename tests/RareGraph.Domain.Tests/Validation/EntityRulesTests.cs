using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Validation;

namespace RareGraph.Domain.Tests.Validation;

/// <summary>
/// The field rules an entity or relationship must meet before any store sees it: each failure is VALIDATION and names
/// the offending field under the entity's place in the request.
/// </summary>
public sealed class EntityRulesTests
{
    private static readonly Organisation Ngo = new("org:ngo", "An NGO", OrganisationKind.Ngo);

    public static TheoryData<string, string> BrokenEntities() => new()
    {
        { "empty key", "input.key" },
        { "key with a space", "input.key" },
        { "key too long", "input.key" },
        { "name too long", "input.name" },
        { "ftp website", "input.website" },
        { "confidence above one", "input.confidence" },
        { "validTo before validFrom", "input.validTo" },
        { "country code not assigned", "input.code" },
        { "month date not on the first", "input.occurredOn" },
    };

    [Theory]
    [MemberData(nameof(BrokenEntities))]
    public void Broken_Entity_Should_Be_Validation_Naming_The_Field(string broken, string field)
    {
        Entity entity = broken switch
        {
            "empty key" => Ngo with { Key = "" },
            "key with a space" => Ngo with { Key = "org: ngo" },
            "key too long" => Ngo with { Key = new string('k', EntityRules.MaxKeyLength + 1) },
            "name too long" => Ngo with { DisplayName = new string('n', EntityRules.MaxNameLength + 1) },
            "ftp website" => Ngo with { Website = "ftp://ngo.example" },
            "confidence above one" => Ngo with { Confidence = 1.5 },
            "validTo before validFrom" => Ngo with { ValidFrom = new DateOnly(2024, 2, 1), ValidTo = new DateOnly(2024, 1, 31) },
            "country code not assigned" => new Jurisdiction("XX", "Nowhere", "XX", JurisdictionKind.Country),
            "month date not on the first" => new Threat("t:law", "A law", ThreatCategory.Legislation, new DateOnly(2024, 3, 15)) { DatePrecision = DatePrecision.Month },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        var refused = Assert.Throws<RareGraphException>(() => EntityRules.Validate(entity, "input"));

        Assert.Equal((ErrorCodes.Validation, field), (refused.Code, refused.Field));
    }

    [Fact]
    public void Well_Formed_Entities_Should_Pass()
    {
        EntityRules.Validate(Ngo with { Website = "https://ngo.example", Confidence = 0.6, ValidFrom = new DateOnly(2020, 1, 1) }, "input");
        EntityRules.Validate(new Jurisdiction("HU", "Hungary", "HU", JurisdictionKind.Country), "input");
        EntityRules.Validate(new Threat("t:law", "A law", ThreatCategory.Legislation, new DateOnly(2024, 1, 1)) { DatePrecision = DatePrecision.Year }, "input");
    }

    public static TheoryData<string, string> BrokenRelationships() => new()
    {
        { "to itself", "items.2.toKey" },
        { "strength of zero", "items.2.strength" },
        { "role on a membership", "items.2.role" },
        { "bad from key", "items.2.fromKey" },
    };

    [Theory]
    [MemberData(nameof(BrokenRelationships))]
    public void Broken_Relationship_Should_Be_Validation_Naming_The_Field(string broken, string field)
    {
        var membership = new Relationship("org:ngo", RelationshipType.MemberOf, "org:network");
        var relationship = broken switch
        {
            "to itself" => membership with { ToKey = "org:ngo" },
            "strength of zero" => membership with { Strength = 0 },
            "role on a membership" => membership with { Role = ParticipationRole.Trainer },
            "bad from key" => membership with { FromKey = "-ngo" },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        var refused = Assert.Throws<RareGraphException>(() => EntityRules.Validate(relationship, "items.2"));

        Assert.Equal((ErrorCodes.Validation, field), (refused.Code, refused.Field));
    }
}
