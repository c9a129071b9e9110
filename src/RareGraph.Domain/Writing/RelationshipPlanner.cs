using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Domain.Writing;

/// <summary>Works out which relationships a request really adds, replaces and removes, starting from the stored ones.</summary>
internal sealed class RelationshipPlanner(IReadOnlyList<Relationship> stored)
{
    private readonly Dictionary<RelationshipKey, Relationship> _stored = stored.ToDictionary(r => r.Identity);
    private readonly Dictionary<RelationshipKey, Relationship> _upserted = [];
    private readonly Dictionary<RelationshipKey, Relationship> _removed = [];

    public List<Relationship> Upserted => [.. _upserted.Values];

    public List<RelationshipKey> Removed => [.. _removed.Keys];

    public List<Change<Relationship>> Changes =>
    [
        .. _upserted.Values.Select(r => new Change<Relationship>(_stored.GetValueOrDefault(r.Identity), r)),
        .. _removed.Values.Select(r => new Change<Relationship>(r, null)),
    ];

    /// <summary>Plans the upserts; returns each relationship as it will stand (input applied to what is stored), in order.</summary>
    public List<Relationship> Upsert(IEnumerable<Located<Relationship>> relationships)
    {
        var written = new List<Relationship>();
        foreach (var item in relationships)
        {
            var before = _stored.GetValueOrDefault(item.Value.Identity);
            var relationship = before is not null && item.OntoStored is { } onto ? onto(before) : item.Value;
            if (item.OntoStored is not null)
            {
                Validation.EntityRules.Validate(relationship, item.Field);
            }

            if (before is null || before != relationship)
            {
                _upserted[relationship.Identity] = relationship;
            }

            written.Add(relationship);
        }

        return written;
    }

    public void Unrelate(IEnumerable<Located<RelationshipKey>> keys)
    {
        foreach (var item in keys)
        {
            if (!_stored.TryGetValue(item.Value, out var existing))
            {
                throw RareGraphException.NotFound(item.Field, $"There is no relationship {item.Value}.");
            }

            Remove(existing);
        }
    }

    public void ApplyExclusivity(IEnumerable<ExclusiveOutgoing> rules, IEnumerable<RelationshipKey> kept)
    {
        var keep = kept.ToHashSet();
        foreach (var rule in rules)
        {
            foreach (var relationship in _stored.Values)
            {
                if (string.Equals(relationship.FromKey, rule.EntityKey, StringComparison.Ordinal)
                    && rule.Types.Contains(relationship.Type)
                    && !keep.Contains(relationship.Identity))
                {
                    Remove(relationship);
                }
            }
        }
    }

    public void RemoveTouching(IReadOnlyCollection<string> deletedKeys)
    {
        var deleted = deletedKeys.ToHashSet(StringComparer.Ordinal);
        foreach (var relationship in _stored.Values)
        {
            if (deleted.Contains(relationship.FromKey) || deleted.Contains(relationship.ToKey))
            {
                Remove(relationship);
            }
        }
    }

    /// <summary>Stored relationships that the plan neither replaces nor removes.</summary>
    public IEnumerable<Relationship> Surviving() =>
        _stored.Values.Where(r => !_removed.ContainsKey(r.Identity) && !_upserted.ContainsKey(r.Identity));

    private void Remove(Relationship relationship)
    {
        _upserted.Remove(relationship.Identity);
        _removed[relationship.Identity] = relationship;
    }
}
