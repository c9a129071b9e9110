using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;
using RareGraph.TestSupport;

namespace RareGraph.Analysis.Tests.Support;

/// <summary>A terse builder for hand-made fixture graphs.</summary>
internal sealed class TestGraph
{
    public static readonly DateOnly Day = new(2024, 6, 1);

    private readonly List<Entity> _entities = [];
    private readonly List<Relationship> _relationships = [];

    public IReadOnlyList<Entity> Entities => _entities;

    public IReadOnlyList<Relationship> Relationships => _relationships;

    public TestGraph Org(string key, OrganisationKind kind = OrganisationKind.Ngo)
    {
        _entities.Add(new Organisation(key, key, kind));
        return this;
    }

    public TestGraph Orgs(params string[] keys)
    {
        foreach (var key in keys)
        {
            Org(key);
        }

        return this;
    }

    public TestGraph Jurisdiction(string key)
    {
        _entities.Add(new Jurisdiction(key, key, key.ToUpperInvariant(), JurisdictionKind.Country));
        return this;
    }

    public TestGraph Defender(string key)
    {
        _entities.Add(new Defender(key, key));
        return this;
    }

    public TestGraph Threat(string key, DateOnly? on = null, EventPolarity polarity = EventPolarity.Restrictive)
    {
        _entities.Add(new Threat(key, key, ThreatCategory.Legislation, on ?? Day) { Polarity = polarity });
        return this;
    }

    /// <summary>Gives the entity <paramref name="key"/> a confidence and a validity window.</summary>
    public TestGraph Provenance(string key, double? confidence = null, DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        var index = _entities.FindIndex(e => e.Key == key);
        _entities[index] = _entities[index] with { Confidence = confidence, ValidFrom = validFrom, ValidTo = validTo };
        return this;
    }

    public TestGraph Rel(
        string from,
        RelationshipType type,
        string to,
        double strength = 1.0,
        DateOnly? validFrom = null,
        DateOnly? validTo = null,
        double? confidence = null)
    {
        _relationships.Add(new Relationship(from, type, to) { Strength = strength, ValidFrom = validFrom, ValidTo = validTo, Confidence = confidence });
        return this;
    }

    public TestGraph Add(Entity entity)
    {
        _entities.Add(entity);
        return this;
    }

    public TestGraph Add(Relationship relationship)
    {
        _relationships.Add(relationship);
        return this;
    }

    public GraphProjection Build(long version = 0) => GraphProjection.Build(_entities, _relationships, version);

    /// <summary>A store holding this graph in memory, at version 1.</summary>
    public TestGraphStore Store() => new(_entities, _relationships);
}
