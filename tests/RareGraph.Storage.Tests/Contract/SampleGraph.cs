using RareGraph.Domain.Model;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>
/// A small hand-made graph whose filter answers can be worked out by reading it: every label, every field filled
/// somewhere and left empty somewhere else, names with the characters LIKE would treat as wildcards.
/// Provenance: o-fund is illustrative (0.4), o-media documented with a source and a validity period, j-eu 0.9,
/// d-heron 0.5; t-slapp is the one protective event.
/// </summary>
public static class SampleGraph
{
    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new Jurisdiction("j-fr", "France", "FR", JurisdictionKind.Country) { Tags = ["eu", "g7"] },
        new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country) { Tags = ["eu", "ÉLARGISSEMENT 2004"] },
        new Jurisdiction("j-eu", "European Union", "EU", JurisdictionKind.Supranational) { Confidence = 0.9 },
        new Jurisdiction("j-ge", "Georgia", "GE", JurisdictionKind.Country) { Tags = ["coe"] },
        new Organisation("o-ngo", "Civic Watch", OrganisationKind.Ngo) { Website = "https://civic.example", Tags = ["press", "rights"] },
        new Organisation("o-fund", "Rights_100% Fund", OrganisationKind.Funder) { Tags = ["funding"], Source = "illustrative", Confidence = 0.4 },
        new Organisation("o-gov", "Government of Hungary", OrganisationKind.Government),
        new Organisation("o-par", "Parliament of Georgia", OrganisationKind.Parliament),
        new Organisation("o-media", "Média Libre", OrganisationKind.Media)
        {
            Tags = ["press"],
            Source = "https://media.example/about",
            Confidence = 1.0,
            ValidFrom = new DateOnly(2001, 5, 1),
            ValidTo = new DateOnly(2030, 12, 31),
        },
        new Defender("d-falcon", "Falcon") { Restricted = new("Ana B.", "signal:ana", "Tbilisi", Severity.High) },
        new Defender("d-heron", "Heron") { Confidence = 0.5 },
        new Defender("d-owl", "Owl") { Restricted = new(null, null, null, Severity.Low) },
        new Threat("t-law", "Foreign agents law", ThreatCategory.Legislation, new DateOnly(2024, 5, 28))
        {
            Severity = Severity.High,
            Summary = "Registration as foreign agents.",
            Sources = ["https://a.example/1", "https://b.example/2"],
        },
        new Threat("t-ban", "Funding ban", ThreatCategory.FundingRestriction, new DateOnly(2023, 3, 1))
        {
            DatePrecision = DatePrecision.Month,
            Severity = Severity.Critical,
        },
        new Threat("t-raid", "Office raid", ThreatCategory.Raid, new DateOnly(2024, 1, 15)),
        new Threat("t-slapp", "SLAPP against editor", ThreatCategory.Slapp, new DateOnly(2022, 1, 1))
        {
            DatePrecision = DatePrecision.Year,
            Severity = Severity.Low,
            Polarity = EventPolarity.Protective,
            Source = "https://court.example/ruling",
        },
    ];

    public static IReadOnlyList<Relationship> Relationships { get; } =
    [
        new("o-ngo", RelationshipType.BasedIn, "j-hu") { Strength = 0.9, ValidFrom = new DateOnly(2010, 1, 1), Source = "registry", Confidence = 0.75 },
        new("o-media", RelationshipType.BasedIn, "j-fr"),
        new("o-gov", RelationshipType.Governs, "j-hu"),
        new("d-falcon", RelationshipType.AffiliatedWith, "o-ngo") { ValidTo = new DateOnly(2025, 12, 31) },
        new("t-law", RelationshipType.OccurredIn, "j-ge"),
        new("t-law", RelationshipType.ModelledOn, "t-ban"),
        new("t-raid", RelationshipType.Targets, "o-ngo"),
        new("o-ngo", RelationshipType.AdvocatesTo, "o-gov"),
        new("j-hu", RelationshipType.Influences, "j-ge"),
    ];
}
