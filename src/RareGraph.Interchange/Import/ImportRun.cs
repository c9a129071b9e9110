using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Validation;

namespace RareGraph.Interchange.Import;

/// <summary>The state of one import: the entities known so far (from the file and the store), counts and problems.</summary>
internal sealed class ImportRun(IGraphStore store, IProgress<long>? progress)
{
    private readonly Dictionary<string, Entity> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _entityCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipType, long> _relationshipCounts = [];
    private readonly List<ImportProblem> _problems = [];

    // Reused by every batch of relationships: the keys to ask the store for, and each row's endpoints as first looked up.
    private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);
    private readonly List<(Entity? From, Entity? To)> _endpoints = [];
    private long _rows;

    public IReadOnlyDictionary<string, long> EntityCounts => _entityCounts;

    /// <summary>Relationships by schema type name, in the order the types first appeared.</summary>
    public IReadOnlyDictionary<string, long> RelationshipCounts =>
        _relationshipCounts.ToDictionary(c => RelationshipTypeNames.Of(c.Key), c => c.Value, StringComparer.Ordinal);

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public long ProblemCount { get; private set; }

    public Entity? TryEntity(ImportRow row)
    {
        Tick();
        try
        {
            var entity = RowMapper.ToEntity(row);
            EntityRules.Validate(entity, string.Empty);
            if (!_inFile.Add(entity.Key))
            {
                throw RareGraphException.Validation("key", $"The key '{entity.Key}' appears twice in the file.");
            }

            _known[entity.Key] = entity;
            return entity;
        }
        catch (RareGraphException error)
        {
            Report(row.Where, error);
            return null;
        }
    }

    public Relationship? TryRelationship(ImportRow row)
    {
        Tick();
        try
        {
            var relationship = RowMapper.ToRelationship(row, key => key);
            EntityRules.Validate(relationship, string.Empty);
            return relationship;
        }
        catch (RareGraphException error)
        {
            Report(row.Where, error);
            return null;
        }
    }

    /// <summary>Checks the batch's keys against the labels already stored, then writes it (when nothing went wrong yet).</summary>
    public async Task FlushEntitiesAsync(List<(Entity Entity, string Where)> batch, IBulkImportTransaction? transaction, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var stored = (await store.GetEntitiesAsync(batch.Select(b => b.Entity.Key).ToList(), cancellationToken)).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var accepted = new List<Entity>(batch.Count);
        foreach (var (entity, where) in batch)
        {
            if (stored.TryGetValue(entity.Key, out var before) && before.Label != entity.Label)
            {
                Report(where, RareGraphException.Conflict("key", $"The key '{entity.Key}' already belongs to a {before.Label.ToString().ToLowerInvariant()}; keys are unique across the graph."));
                continue;
            }

            accepted.Add(entity);
            Count(_entityCounts, entity.Label.ToString());
        }

        await WriteAsync(transaction, t => t.UpsertEntitiesAsync(accepted, cancellationToken));
        batch.Clear();
    }

    /// <summary>Checks every relationship's endpoints (in the file, else in the store) and the model's rules, then writes the batch.</summary>
    /// <remarks>
    /// Each endpoint is looked up once among the entities known so far; only the keys missing there go to the store, in
    /// one query per batch, and only rows with a missing endpoint look again afterwards.
    /// </remarks>
    public async Task FlushRelationshipsAsync(List<(Relationship Relationship, string Where)> batch, IBulkImportTransaction? transaction, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        _unknown.Clear();
        _endpoints.Clear();
        foreach (var (relationship, _) in batch)
        {
            _endpoints.Add((KnownOrNoted(relationship.FromKey), KnownOrNoted(relationship.ToKey)));
        }

        if (_unknown.Count > 0)
        {
            foreach (var entity in await store.GetEntitiesAsync([.. _unknown], cancellationToken))
            {
                _known[entity.Key] = entity;
            }
        }

        var accepted = new List<Relationship>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (relationship, where) = batch[i];
            var (from, to) = _endpoints[i];
            try
            {
                from ??= _known.GetValueOrDefault(relationship.FromKey) ?? throw RareGraphException.NotFound("source", $"No entity has the key '{relationship.FromKey}' (in the file or the graph).");
                to ??= _known.GetValueOrDefault(relationship.ToKey) ?? throw RareGraphException.NotFound("target", $"No entity has the key '{relationship.ToKey}' (in the file or the graph).");
                RelationshipEndpointRules.Check(relationship, from, to, "source", "target");
                accepted.Add(relationship);
                _relationshipCounts[relationship.Type] = _relationshipCounts.GetValueOrDefault(relationship.Type) + 1;
            }
            catch (RareGraphException error)
            {
                Report(where, error);
            }
        }

        await WriteAsync(transaction, t => t.UpsertRelationshipsAsync(accepted, cancellationToken));
        batch.Clear();
    }

    /// <summary>The entity known under <paramref name="key"/>; otherwise notes the key for the store and gives null.</summary>
    private Entity? KnownOrNoted(string key)
    {
        if (_known.TryGetValue(key, out var entity))
        {
            return entity;
        }

        _unknown.Add(key);
        return null;
    }

    private Task WriteAsync(IBulkImportTransaction? transaction, Func<IBulkImportTransaction, Task> write) =>
        transaction is null || ProblemCount > 0 ? Task.CompletedTask : write(transaction);

    private void Report(string where, RareGraphException error)
    {
        ProblemCount++;
        if (_problems.Count < GraphImporter.MaxListedProblems)
        {
            _problems.Add(GraphImporter.ProblemOf(where, error));
        }
    }

    private void Tick()
    {
        if (++_rows % 10_000 == 0)
        {
            progress?.Report(_rows);
        }
    }

    private static void Count(Dictionary<string, long> counts, string name) =>
        counts[name] = counts.GetValueOrDefault(name) + 1;
}
