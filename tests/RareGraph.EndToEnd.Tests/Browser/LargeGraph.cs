using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>
/// A synthetic alliance of exactly <see cref="Nodes"/> network nodes (jurisdictions, organisations, defenders) and
/// <see cref="Relationships"/> relationships between them, plus a few events for the timeline: the size at which the
/// map's frame and load times are measured. Seeded, so every run draws the same graph.
/// </summary>
internal static class LargeGraph
{
    public const int Nodes = 20_000;
    public const int Relationships = 100_000;
    public const int Events = 60;
    public const string ThreatKey = "threat:synthetic-000";

    private static readonly string[] Codes =
    [
        "AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GE", "DE", "GR", "HU", "IS",
        "IE", "IT", "LV", "LI", "LT", "LU", "MT", "MD", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SM", "RS", "SK", "SI",
        "ES", "SE", "CH", "TR", "UA", "GB", "BY", "RU",
    ];

    private static readonly OrganisationKind[] Kinds =
    [
        OrganisationKind.Ngo, OrganisationKind.Ngo, OrganisationKind.Ngo, OrganisationKind.Ngo, OrganisationKind.Ngo,
        OrganisationKind.Government, OrganisationKind.Parliament, OrganisationKind.Multilateral, OrganisationKind.Academic,
        OrganisationKind.Funder, OrganisationKind.Media, OrganisationKind.Other,
    ];

    public static WriteRequest Build(int seed = 20_000)
    {
        var random = new Random(seed);
        var request = new WriteRequest("importGraph");
        var relationships = new HashSet<(string, RelationshipType, string)>();
        void Relate(string from, RelationshipType type, string to, double strength = 1)
        {
            if (!string.Equals(from, to, StringComparison.Ordinal) && relationships.Add((from, type, to)))
            {
                request.Relationships.Add(new(new Relationship(from, type, to) { Strength = strength, Confidence = 0.5 + (random.NextDouble() / 2) }, "synthetic"));
            }
        }

        foreach (var code in Codes)
        {
            request.Entities.Add(new(new Jurisdiction(code, $"Country {code}", code, JurisdictionKind.Country), "synthetic"));
        }

        var defenders = 2_000;
        var organisations = Nodes - Codes.Length - defenders;
        var organisationKeys = new string[organisations];
        for (var i = 0; i < organisations; i++)
        {
            var key = $"org:synthetic-{i:D5}";
            organisationKeys[i] = key;
            request.Entities.Add(new(new Organisation(key, $"Organisation {i:D5}", Kinds[i % Kinds.Length]), "synthetic"));
            Relate(key, RelationshipType.BasedIn, Codes[Skewed(random, Codes.Length)]);
        }

        for (var i = 0; i < defenders; i++)
        {
            var key = $"defender:synthetic-{i:D4}";
            request.Entities.Add(new(new Defender(key, $"Defender {i:D4} (synthetic)"), "synthetic"));
            Relate(key, RelationshipType.BasedIn, Codes[Skewed(random, Codes.Length)]);
            Relate(key, RelationshipType.AffiliatedWith, organisationKeys[Skewed(random, organisations)], 0.8);
        }

        // The rest: ties between organisations, hubs more likely (a few coalitions and funders reach many).
        RelationshipType[] types = [RelationshipType.MemberOf, RelationshipType.PartnersWith, RelationshipType.FundedBy, RelationshipType.AdvocatesTo, RelationshipType.OperatesIn];
        while (relationships.Count < Relationships)
        {
            var type = types[random.Next(types.Length)];
            var from = organisationKeys[random.Next(organisations)];
            var to = type switch
            {
                RelationshipType.OperatesIn => Codes[random.Next(Codes.Length)],
                // Advocacy is addressed to governments, parliaments and multilateral bodies (kinds 5..7 of every 12).
                RelationshipType.AdvocatesTo => organisationKeys[Math.Min(organisations - 1, (Skewed(random, organisations / Kinds.Length) * Kinds.Length) + 5 + random.Next(3))],
                _ => organisationKeys[Skewed(random, organisations)],
            };
            Relate(from, type, to, Math.Round(0.3 + (random.NextDouble() * 0.7), 2));
        }

        for (var i = 0; i < Events; i++)
        {
            var key = $"threat:synthetic-{i:D3}";
            request.Entities.Add(new(new Threat(key, $"Synthetic event {i:D3}", ThreatCategory.Legislation, new DateOnly(2015 + (i % 10), 1 + (i % 12), 1 + (i % 28))), "synthetic"));
            request.Relationships.Add(new(new Relationship(key, RelationshipType.OccurredIn, Codes[i % Codes.Length]), "synthetic"));
            request.Relationships.Add(new(new Relationship(key, RelationshipType.Targets, organisationKeys[random.Next(organisations)]), "synthetic"));
        }

        return request;
    }

    // Squares a uniform draw: low indexes (the "hubs") come up far more often than high ones.
    private static int Skewed(Random random, int count) => (int)(Math.Pow(random.NextDouble(), 2.2) * count);
}
