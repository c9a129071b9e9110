using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Validation;

namespace RareGraph.Domain.Writing;

/// <summary>
/// Checks a field-valid request against the stored graph and reduces it to the minimal <see cref="GraphWrite"/>,
/// with before/after values. Costs three store reads whatever the size of the request.
/// </summary>
internal static class WritePlanner
{
    public static async Task<WritePlan> PlanAsync(IGraphStore store, WriteRequest request, CancellationToken cancellationToken)
    {
        var stored = (await store.GetEntitiesAsync(ReferencedKeys(request), cancellationToken))
            .ToDictionary(e => e.Key, StringComparer.Ordinal);

        var finalEntities = new Dictionary<string, Entity>(stored, StringComparer.Ordinal);
        var entityChanges = new List<Change<Entity>>();
        var upserts = new List<Entity>();
        var written = new List<Entity>(request.Entities.Count);
        foreach (var item in request.Entities)
        {
            stored.TryGetValue(item.Value.Key, out var before);
            if (before is not null && before.Label != item.Value.Label)
            {
                throw RareGraphException.Conflict(
                    EntityRules.Join(item.Field, "key"),
                    $"The key '{item.Value.Key}' already belongs to {ApiWording.WithArticle(before.Label)}; keys are unique across the graph.");
            }

            var entity = before is not null && item.OntoStored is { } onto ? onto(before) : item.Value;
            if (item.OntoStored is not null)
            {
                EntityRules.Validate(entity, item.Field);
            }

            finalEntities[entity.Key] = entity;
            written.Add(entity);
            if (!EntitySameness.AreSame(before, entity))
            {
                upserts.Add(entity);
                entityChanges.Add(new Change<Entity>(before, entity));
            }
        }

        var deletions = new List<string>();
        foreach (var item in request.Deletions)
        {
            if (!stored.TryGetValue(item.Value, out var doomed))
            {
                throw RareGraphException.NotFound(item.Field, $"No entity has the key '{item.Value}'.");
            }

            finalEntities.Remove(item.Value);
            deletions.Add(item.Value);
            entityChanges.Add(new Change<Entity>(doomed, null));
        }

        CheckEndpoints(request, finalEntities);
        var storedRelationships = await LoadTouchedRelationshipsAsync(store, request, stored, finalEntities, cancellationToken);
        var relationshipPlan = new RelationshipPlanner(storedRelationships);
        var writtenRelationships = relationshipPlan.Upsert(request.Relationships);
        relationshipPlan.Unrelate(request.Unrelations);
        relationshipPlan.ApplyExclusivity(request.ExclusiveOutgoing, request.Relationships.Select(r => r.Value.Identity));
        relationshipPlan.RemoveTouching(deletions);
        await RecheckSurvivingRelationshipsAsync(store, relationshipPlan, request, stored, finalEntities, cancellationToken);

        var write = new GraphWrite(relationshipPlan.Removed, deletions, upserts, relationshipPlan.Upserted);
        return new WritePlan(write, entityChanges, relationshipPlan.Changes) { Entities = written, Relationships = writtenRelationships };
    }

    private static HashSet<string> ReferencedKeys(WriteRequest request)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(request.Entities.Select(e => e.Value.Key));
        keys.UnionWith(request.Deletions.Select(d => d.Value));
        foreach (var r in request.Relationships)
        {
            keys.Add(r.Value.FromKey);
            keys.Add(r.Value.ToKey);
        }

        return keys;
    }

    /// <summary>Every relationship of the request must join entities that exist after it, of the kinds its type allows.</summary>
    private static void CheckEndpoints(WriteRequest request, Dictionary<string, Entity> finalEntities)
    {
        foreach (var item in request.Relationships)
        {
            var relationship = item.Value;
            var from = Endpoint(finalEntities, relationship.FromKey, item.FromField);
            var to = Endpoint(finalEntities, relationship.ToKey, item.ToField);
            RelationshipEndpointRules.Check(relationship, from, to, item.FromField, item.ToField);
        }
    }

    private static Entity Endpoint(Dictionary<string, Entity> entities, string key, string field) =>
        entities.TryGetValue(key, out var entity)
            ? entity
            : throw RareGraphException.NotFound(field, $"No entity has the key '{key}'.");

    /// <summary>
    /// Loads, in one call, every stored relationship the request can change or whose rules it can break: those it
    /// names, and all relationships of entities that are deleted, made exclusive, or changed in a rule-relevant field.
    /// </summary>
    private static async Task<IReadOnlyList<Relationship>> LoadTouchedRelationshipsAsync(
        IGraphStore store,
        WriteRequest request,
        Dictionary<string, Entity> stored,
        Dictionary<string, Entity> finalEntities,
        CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(request.Relationships.Select(r => r.Value.FromKey));
        keys.UnionWith(request.Unrelations.Select(u => u.Value.FromKey));
        keys.UnionWith(request.Deletions.Select(d => d.Value));
        keys.UnionWith(request.ExclusiveOutgoing.Select(x => x.EntityKey));
        foreach (var (key, before) in stored)
        {
            if (finalEntities.TryGetValue(key, out var after) && ChangesRuleRelevantField(before, after))
            {
                keys.Add(key);
            }
        }

        return keys.Count == 0
            ? []
            : await store.GetRelationshipsOfAsync(keys, RelationshipDirection.Both, null, cancellationToken);
    }

    private static bool ChangesRuleRelevantField(Entity before, Entity after) => (before, after) switch
    {
        (Organisation b, Organisation a) => b.Kind != a.Kind,
        (Threat b, Threat a) => b.OccurredOn != a.OccurredOn,
        _ => false,
    };

    /// <summary>
    /// An organisation's new kind or a threat's new date can break relationships already stored (a government that
    /// GOVERNS becomes an NGO): those that survive this write are checked again against the new values.
    /// </summary>
    private static async Task RecheckSurvivingRelationshipsAsync(
        IGraphStore store,
        RelationshipPlanner plan,
        WriteRequest request,
        Dictionary<string, Entity> stored,
        Dictionary<string, Entity> finalEntities,
        CancellationToken cancellationToken)
    {
        var changedFields = request.Entities
            .Where(e => stored.TryGetValue(e.Value.Key, out var before) && ChangesRuleRelevantField(before, finalEntities[e.Value.Key]))
            .ToDictionary(e => e.Value.Key, e => e.Field, StringComparer.Ordinal);
        if (changedFields.Count == 0)
        {
            return;
        }

        var surviving = plan.Surviving().Where(r => changedFields.ContainsKey(r.FromKey) || changedFields.ContainsKey(r.ToKey)).ToList();
        var farEnds = surviving.SelectMany(r => new[] { r.FromKey, r.ToKey }).Where(k => !finalEntities.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        if (farEnds.Count > 0)
        {
            foreach (var entity in await store.GetEntitiesAsync(farEnds, cancellationToken))
            {
                finalEntities[entity.Key] = entity;
            }
        }

        foreach (var relationship in surviving)
        {
            var changedKey = changedFields.ContainsKey(relationship.FromKey) ? relationship.FromKey
                : changedFields.ContainsKey(relationship.ToKey) ? relationship.ToKey
                : null;
            if (changedKey is null
                || !finalEntities.TryGetValue(relationship.FromKey, out var from)
                || !finalEntities.TryGetValue(relationship.ToKey, out var to))
            {
                continue;
            }

            try
            {
                RelationshipEndpointRules.Check(relationship, from, to, "fromKey", "toKey");
            }
            catch (RareGraphException broken)
            {
                var field = EntityRules.Join(changedFields[changedKey], finalEntities[changedKey] is Threat ? "occurredOn" : "kind");
                throw RareGraphException.Validation(
                    field,
                    $"This change would break the stored relationship {relationship.Identity}: {broken.Message}");
            }
        }
    }
}
