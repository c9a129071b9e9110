using RareGraph.Domain.Model;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The graph inside <c>Fixtures/released-schema-6.db</c>: one relationship of every type (so every stored spelling is
/// in the file), each label, a participation with its role and relationships with every optional field set.
/// The file was written by the SQLite store as released at schema version 6, which stored a relationship's type under
/// its C# name (<c>PartnersWith</c>); this class is the truth the migrated file must read back as.
/// </summary>
public static class ReleasedFileGraph
{
    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country) { Tags = ["eu"] },
        new Jurisdiction("j-ge", "Georgia", "GE", JurisdictionKind.Country),
        new Organisation("o-ngo", "Civic Watch", OrganisationKind.Ngo) { Website = "https://civic.example", Tags = ["rights"] },
        new Organisation("o-partner", "Partner Network", OrganisationKind.Other),
        new Organisation("o-fund", "Rights Fund", OrganisationKind.Funder) { Source = "illustrative", Confidence = 0.4 },
        new Organisation("o-gov", "Government of Hungary", OrganisationKind.Government),
        new Defender("d-falcon", "Falcon") { Restricted = new("Ana B.", "signal:ana", "Tbilisi", Severity.High) },
        new Threat("t-law", "Foreign agents law", ThreatCategory.Legislation, new DateOnly(2024, 5, 28)) { Severity = Severity.High },
        new Threat("t-ban", "Funding ban", ThreatCategory.FundingRestriction, new DateOnly(2023, 3, 1)) { DatePrecision = DatePrecision.Month },
        new Programme("p-rare", "RARE"),
        new Camp("c-2024", "Camp 2024"),
        new Campaign("cg-repeal", "Repeal the law"),
        new ActionItem("a-brief", "Brief the delegation"),
    ];

    public static IReadOnlyList<Relationship> Relationships { get; } =
    [
        new("d-falcon", RelationshipType.AffiliatedWith, "o-ngo") { ValidTo = new DateOnly(2025, 12, 31) },
        new("o-ngo", RelationshipType.MemberOf, "o-partner") { Strength = 0.8 },
        new("o-ngo", RelationshipType.PartnersWith, "o-partner") { Strength = 0.6, ValidFrom = new DateOnly(2019, 1, 1), Source = "https://civic.example/partners", Confidence = 0.9 },
        new("o-ngo", RelationshipType.FundedBy, "o-fund") { Strength = 0.5, Source = "illustrative", Confidence = 0.4 },
        new("o-gov", RelationshipType.Governs, "j-hu"),
        new("o-ngo", RelationshipType.BasedIn, "j-hu"),
        new("o-partner", RelationshipType.OperatesIn, "j-ge"),
        new("o-ngo", RelationshipType.AdvocatesTo, "o-gov"),
        new("j-hu", RelationshipType.Influences, "j-ge") { Strength = 0.3 },
        new("t-law", RelationshipType.Targets, "o-ngo"),
        new("t-law", RelationshipType.OccurredIn, "j-ge"),
        new("t-law", RelationshipType.ModelledOn, "t-ban"),
        new("t-law", RelationshipType.Cited, "t-ban"),
        new("t-law", RelationshipType.ResponseTo, "t-ban"),
        new("t-law", RelationshipType.SameCampaign, "t-ban"),
        new("t-ban", RelationshipType.InitiatedBy, "o-gov"),
        new("o-ngo", RelationshipType.Organises, "p-rare"),
        new("c-2024", RelationshipType.HeldIn, "j-ge"),
        new("d-falcon", RelationshipType.ParticipatesIn, "c-2024") { Role = ParticipationRole.Trainer },
        new("o-ngo", RelationshipType.Runs, "cg-repeal"),
        new("cg-repeal", RelationshipType.RespondsTo, "t-law"),
        new("o-partner", RelationshipType.Owns, "a-brief"),
        new("c-2024", RelationshipType.PartOf, "p-rare"),
        new("a-brief", RelationshipType.PartOf, "cg-repeal"),
    ];
}
