using RareGraph.Domain.Model;

namespace RareGraph.Benchmarks.Generation;

/// <summary>
/// Generates alliance-shaped graphs of a requested number of relationships from a seed: a few hundred jurisdictions
/// with skewed popularity, organisations whose alliance degree is heavy-tailed, defenders affiliated with them, and
/// threats that target organisations or defenders and occur in a jurisdiction.
/// </summary>
/// <remarks>
/// Organisation-to-organisation links follow preferential attachment (Barabási &amp; Albert, "Emergence of scaling in
/// random networks", Science 286, 1999): most endpoints are drawn from a pool holding each organisation once per link it
/// already has, so the degree distribution has a power-law tail with hubs of thousands of partners, as real coalitions
/// and funders do. One endpoint in five is drawn uniformly so that newcomers also connect.
/// </remarks>
internal sealed class SyntheticGraphGenerator
{
    private static readonly DateOnly Epoch = new(2015, 1, 1);
    private static readonly OrganisationKind[] CivilKinds =
        [OrganisationKind.Ngo, OrganisationKind.Ngo, OrganisationKind.Ngo, OrganisationKind.Media, OrganisationKind.Academic, OrganisationKind.Funder];

    private static readonly RelationshipType[] AllianceTypes =
        [RelationshipType.PartnersWith, RelationshipType.PartnersWith, RelationshipType.MemberOf, RelationshipType.FundedBy, RelationshipType.AdvocatesTo];

    private readonly Random _random;
    private readonly List<Relationship> _relationships = [];
    private readonly HashSet<(int, RelationshipType, int)> _identities = [];
    private readonly List<int> _attachmentPool = [];

    public SyntheticGraphGenerator(int seed) => _random = new Random(seed);

    public SyntheticGraph Generate(int relationshipCount)
    {
        var jurisdictions = Math.Clamp(relationshipCount / 5_000, 20, 250);
        var organisations = Math.Max(jurisdictions * 2, relationshipCount / 8);
        var defenders = relationshipCount / 10;
        var threats = Math.Max(10, relationshipCount / 50);

        var entities = new List<Entity>(jurisdictions + organisations + defenders + threats);
        for (var j = 0; j < jurisdictions; j++)
        {
            entities.Add(new Jurisdiction(JurisdictionKey(j), $"Country {j}", $"C{j}", JurisdictionKind.Country));
        }

        for (var o = 0; o < organisations; o++)
        {
            // The first organisation of each jurisdiction is its government.
            var kind = o < jurisdictions ? OrganisationKind.Government : CivilKinds[_random.Next(CivilKinds.Length)];
            entities.Add(new Organisation(OrganisationKey(o), $"Organisation {o}", kind));
            var home = o < jurisdictions ? o : PopularJurisdiction(jurisdictions);
            Add(OrganisationKey(o), RelationshipType.BasedIn, JurisdictionKey(home), 1_000_000 + o, home);
            if (o < jurisdictions)
            {
                Add(OrganisationKey(o), RelationshipType.Governs, JurisdictionKey(o), 1_000_000 + o, 2_000_000 + o);
            }

            if (_random.NextDouble() < 0.5)
            {
                var elsewhere = PopularJurisdiction(jurisdictions);
                Add(OrganisationKey(o), RelationshipType.OperatesIn, JurisdictionKey(elsewhere), 1_000_000 + o, elsewhere);
            }
        }

        for (var j = 0; j < jurisdictions * 2; j++)
        {
            var from = _random.Next(jurisdictions);
            var to = _random.Next(jurisdictions);
            if (from != to)
            {
                Add(JurisdictionKey(from), RelationshipType.Influences, JurisdictionKey(to), from, to);
            }
        }

        for (var d = 0; d < defenders; d++)
        {
            entities.Add(new Defender(DefenderKey(d), $"Defender {d}"));
            var home = PopularJurisdiction(jurisdictions);
            Add(DefenderKey(d), RelationshipType.BasedIn, JurisdictionKey(home), 3_000_000 + d, home);
            var affiliations = _random.NextDouble() < 0.5 ? 1 : 2;
            for (var a = 0; a < affiliations; a++)
            {
                var organisation = AttachTo(organisations, jurisdictions);
                Add(DefenderKey(d), RelationshipType.AffiliatedWith, OrganisationKey(organisation), 3_000_000 + d, 1_000_000 + organisation);
            }
        }

        var threatList = new List<Threat>(threats);
        for (var t = 0; t < threats; t++)
        {
            var threat = new Threat(ThreatKey(t), $"Threat {t}", ThreatCategory.Legislation, Epoch.AddDays(1_900 + _random.Next(700)));
            threatList.Add(threat);
            entities.Add(threat);
            var place = PopularJurisdiction(jurisdictions);
            Add(ThreatKey(t), RelationshipType.OccurredIn, JurisdictionKey(place), 4_000_000 + t, place);
            var targets = 1 + _random.Next(3);
            for (var k = 0; k < targets; k++)
            {
                var organisation = jurisdictions + _random.Next(organisations - jurisdictions);
                Add(ThreatKey(t), RelationshipType.Targets, OrganisationKey(organisation), 4_000_000 + t, 1_000_000 + organisation);
            }

            if (t > 0 && _random.NextDouble() < 0.3)
            {
                var earlier = _random.Next(t);
                Add(ThreatKey(t), RelationshipType.ModelledOn, ThreatKey(earlier), 4_000_000 + t, 4_000_000 + earlier);
            }
        }

        // Fill the rest with organisation-to-organisation links until the requested size is reached.
        while (_relationships.Count < relationshipCount)
        {
            var type = AllianceTypes[_random.Next(AllianceTypes.Length)];
            var from = jurisdictions + _random.Next(organisations - jurisdictions);
            var to = type == RelationshipType.AdvocatesTo ? _random.Next(jurisdictions) : AttachTo(organisations, jurisdictions);
            if (from != to)
            {
                Add(OrganisationKey(from), type, OrganisationKey(to), 1_000_000 + from, 1_000_000 + to);
            }
        }

        return new SyntheticGraph(entities, _relationships, threatList, Epoch.AddDays(2_600));
    }

    private static string JurisdictionKey(int index) => $"jur-{index:D4}";

    private static string OrganisationKey(int index) => $"org-{index:D7}";

    private static string DefenderKey(int index) => $"def-{index:D7}";

    private static string ThreatKey(int index) => $"thr-{index:D7}";

    /// <summary>Squaring a uniform draw skews choices towards low indices: a few jurisdictions host most organisations.</summary>
    private int PopularJurisdiction(int count)
    {
        var u = _random.NextDouble();
        return (int)(u * u * count);
    }

    private int AttachTo(int organisations, int governments)
    {
        var chosen = _attachmentPool.Count > 0 && _random.NextDouble() < 0.8
            ? _attachmentPool[_random.Next(_attachmentPool.Count)]
            : governments + _random.Next(organisations - governments);
        _attachmentPool.Add(chosen);
        return chosen;
    }

    private void Add(string fromKey, RelationshipType type, string toKey, int fromId, int toId)
    {
        if (!_identities.Add((fromId, type, toId)))
        {
            return;
        }

        var relationship = new Relationship(fromKey, type, toKey);
        var roll = _random.NextDouble();
        if (roll < 0.5)
        {
            relationship = relationship with { Strength = Math.Round(0.3 + (0.7 * _random.NextDouble()), 2) };
        }

        // One link in ten has a validity window; about half of those have ended or not yet begun at a given threat date.
        if (roll > 0.9)
        {
            var from = Epoch.AddDays(_random.Next(3_000));
            relationship = relationship with { ValidFrom = from, ValidTo = _random.NextDouble() < 0.5 ? from.AddDays(365 + _random.Next(1_500)) : null };
        }

        _relationships.Add(relationship);
    }
}
