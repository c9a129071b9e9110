using RareGraph.Domain.Model;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>
/// A deterministic graph large enough for several pages, whose sort fields repeat often, so that orderings depend
/// on every later sort field and finally on the key tie-breaker.
/// </summary>
public static class GeneratedGraph
{
    public static IReadOnlyList<Entity> Entities { get; } = Build();

    private static List<Entity> Build()
    {
        var entities = new List<Entity>();
        var names = new[] { "Alpha", "beta", "Gamma", "alpha", "Ärger", "Zeta" };
        for (var i = 0; i < 11; i++)
        {
            var kind = (JurisdictionKind)(i % 3);
            var code = kind == JurisdictionKind.Country ? new[] { "HU", "FR", "GE", "PL" }[i % 4] : "EU";
            entities.Add(new Jurisdiction($"j{i:00}", names[i % names.Length], code, kind) { Tags = i % 2 == 0 ? ["even"] : [] });
        }

        for (var i = 0; i < 17; i++)
        {
            entities.Add(new Organisation($"o{(17 - i):00}", names[i % 4], (OrganisationKind)(i % 5)));
        }

        for (var i = 0; i < 13; i++)
        {
            Severity? risk = i % 5 == 4 ? null : (Severity)(i % 4);
            entities.Add(new Defender($"d{i:00}", names[i % 3]) { Restricted = new(null, null, null, risk) });
        }

        for (var i = 0; i < 23; i++)
        {
            entities.Add(new Threat($"t{(i * 7) % 23:00}", names[i % 5], (ThreatCategory)(i % 4), new DateOnly(2020 + (i % 3), 1 + (i % 2), 1))
            {
                Severity = (Severity)(i % 4),
            });
        }

        return entities;
    }
}
