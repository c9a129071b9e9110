using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Domain.Writing;

/// <summary>
/// What the mutations of one <see cref="WriteSession"/> have planned so far, folded into the state they leave behind:
/// the final value of every touched entity and relationship (null = gone), the entities deleted on the way, and the net
/// before/after of everything that changed.
/// </summary>
internal sealed class StagedChanges
{
    private readonly Dictionary<string, Change<Entity>> _entityChanges = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, Change<Relationship>> _relationshipChanges = [];
    private readonly List<string> _operations = [];

    /// <summary>Touched entities by key: the staged value, or null for a deleted one.</summary>
    public Dictionary<string, Entity?> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Touched relationships by identity: the staged value, or null for a removed one.</summary>
    public Dictionary<RelationshipKey, Relationship?> Relationships { get; } = [];

    /// <summary>Entities deleted in the session (even if written again later): their stored relationships are gone.</summary>
    public HashSet<string> Deleted { get; } = new(StringComparer.Ordinal);

    /// <summary>The operations staged, in order, without repeats (<c>upsertJurisdiction, relate</c>).</summary>
    public string Operation => string.Join(", ", _operations);

    public IReadOnlyList<Change<Entity>> EntityChanges =>
        _entityChanges.Values.Where(c => !EntitySameness.AreSame(c.Before, c.After)).ToList();

    public IReadOnlyList<Change<Relationship>> RelationshipChanges =>
        _relationshipChanges.Values.Where(c => !Equals(c.Before, c.After)).ToList();

    public bool HasChanges => EntityChanges.Count > 0 || RelationshipChanges.Count > 0;

    /// <summary>Whether a stored relationship survives what is staged (neither of its ends was deleted).</summary>
    public bool KeepsStored(Relationship relationship) => !Deleted.Contains(relationship.FromKey) && !Deleted.Contains(relationship.ToKey);

    /// <summary>Folds one planned write, planned against the view of what was staged before it, into the session.</summary>
    public void Add(string operation, WritePlan plan)
    {
        if (!_operations.Contains(operation, StringComparer.Ordinal))
        {
            _operations.Add(operation);
        }

        foreach (var key in plan.Write.RemovedRelationships)
        {
            Relationships[key] = null;
        }

        foreach (var key in plan.Write.DeletedEntities)
        {
            Entities[key] = null;
            Deleted.Add(key);
            foreach (var touching in Relationships.Keys.Where(k => string.Equals(k.FromKey, key, StringComparison.Ordinal) || string.Equals(k.ToKey, key, StringComparison.Ordinal)).ToList())
            {
                Relationships[touching] = null;
            }
        }

        foreach (var entity in plan.Write.UpsertedEntities)
        {
            Entities[entity.Key] = entity;
        }

        foreach (var relationship in plan.Write.UpsertedRelationships)
        {
            Relationships[relationship.Identity] = relationship;
        }

        foreach (var change in plan.EntityChanges)
        {
            var key = (change.After ?? change.Before)!.Key;
            _entityChanges[key] = _entityChanges.TryGetValue(key, out var first) ? first with { After = change.After } : change;
        }

        foreach (var change in plan.RelationshipChanges)
        {
            var key = (change.After ?? change.Before)!.Identity;
            _relationshipChanges[key] = _relationshipChanges.TryGetValue(key, out var first) ? first with { After = change.After } : change;
        }
    }

    /// <summary>
    /// The one write that takes the store from where the session started to where it ends. The store applies removals,
    /// then deletions (with every relationship touching them), then upserts: an entity deleted and written again in the
    /// session is deleted, then written, so none of its old relationships survive.
    /// </summary>
    public GraphWrite ToWrite() => new(
        Relationships.Where(p => p.Value is null).Select(p => p.Key).ToList(),
        Deleted.ToList(),
        Entities.Values.OfType<Entity>().ToList(),
        Relationships.Values.OfType<Relationship>().ToList());
}
