using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Domain.Storage;

/// <summary>
/// The narrow port every store implements (SQLite, Neo4j). Stores are dumb: they persist, look up, list and scan.
/// Validation, change detection and graph algorithms live elsewhere, once, for every store.
/// </summary>
/// <remarks>
/// Every method may throw <see cref="Errors.RareGraphException"/> with code UNAVAILABLE (marked transient) when the
/// backing database cannot be reached. Results for key lookups come back in no particular order, without duplicates,
/// silently omitting keys that do not exist.
/// </remarks>
public interface IGraphStore
{
    /// <summary>Creates or migrates the schema (tables, constraints, indexes). Idempotent; called once at start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The graph version: 0 for an empty store never written, then one more for every applied write.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys,
        CancellationToken cancellationToken);

    /// <summary>
    /// The relationships touching any of <paramref name="entityKeys"/> in <paramref name="direction"/> (outgoing =
    /// the key is <c>from</c>), limited to <paramref name="types"/> when given. Ordered by (fromKey, type, toKey).
    /// </summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken);

    /// <summary>
    /// One page of relationships per entity of <see cref="RelationshipPageQuery.EntityKeys"/>, in one round trip, each
    /// page read from an index in page order and stopped at its limit (a hub with thousands of partners costs a page, not
    /// thousands of rows). Every asked key is in the answer, with an empty page when nothing matches.
    /// </summary>
    /// <remarks>
    /// Both stores implement it with one paged query. The default reads every relationship of the keys with
    /// <see cref="GetRelationshipsOfAsync"/> and pages them in memory: right, in one call, but not bounded by the page size;
    /// it serves test doubles and decorators.
    /// </remarks>
    async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(
        RelationshipPageQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = query.EntityKeys.Distinct(StringComparer.Ordinal).ToList();
        var all = await GetRelationshipsOfAsync(keys, query.Direction, query.Types, cancellationToken);
        return keys.ToDictionary(k => k, k => query.Page(all.Where(r => query.Selects(k, r))), StringComparer.Ordinal);
    }

    /// <summary>One keyset page of the graph's relationships; see <see cref="RelationshipListQuery"/> for the order contract.</summary>
    /// <remarks>
    /// Both stores read the page with one statement stopped at its limit. The default scans every relationship and pages
    /// in memory: right, but reading the whole graph; it serves test doubles and decorators.
    /// </remarks>
    async Task<IReadOnlyList<Relationship>> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = new List<Relationship>();
        await foreach (var relationship in ScanRelationshipsAsync(cancellationToken))
        {
            all.Add(relationship);
        }

        return query.Page(all);
    }

    /// <summary>One keyset page; see <see cref="EntityQuery"/> for the order contract.</summary>
    Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken);

    Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken);

    /// <summary>
    /// How many threats matching <paramref name="filter"/> fall into each group of <paramref name="by"/>, ordered as
    /// <see cref="CountBuckets.Ordered"/> says; a threat is counted once per bucket. With no dimension, one bucket holds
    /// the total.
    /// </summary>
    /// <remarks>
    /// Both stores aggregate in the database (GROUP BY, Cypher aggregation). The default pages through the threats and
    /// their OCCURRED_IN relationships and groups them here: right, but reading every matching threat; it serves test
    /// doubles and decorators.
    /// </remarks>
    async Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(
        EntityFilter? filter,
        IReadOnlyList<ThreatDimension> by,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        const int PageSize = 500;
        var keys = new List<IReadOnlyList<string?>>();
        KeysetPosition? position = null;
        while (true)
        {
            var page = await ListEntitiesAsync(new EntityQuery(EntityLabel.Threat, filter, [], position, false, PageSize), cancellationToken);
            var places = by.Contains(ThreatDimension.Jurisdiction) && page.Count > 0
                ? (await GetRelationshipsOfAsync(page.Select(t => t.Key).ToList(), RelationshipDirection.Outgoing, [RelationshipType.OccurredIn], cancellationToken)).ToLookup(r => r.FromKey, r => (string?)r.ToKey, StringComparer.Ordinal)
                : null;
            foreach (var threat in page.OfType<Threat>())
            {
                // Once per distinct jurisdiction: a threat counts once in each of its places.
                var jurisdictions = places?[threat.Key].Distinct(StringComparer.Ordinal).DefaultIfEmpty().ToList() ?? [null];
                keys.AddRange(jurisdictions.Select(j => (IReadOnlyList<string?>)by.Select(d => CountBuckets.KeyOf(threat, d, j)).ToList()));
            }

            if (page.Count < PageSize)
            {
                return CountBuckets.Group(keys, by.Count);
            }

            position = new KeysetPosition([], page[^1].Key);
        }
    }

    /// <summary>
    /// How many relationships matching <paramref name="filter"/> fall into each group of <paramref name="by"/>, ordered
    /// as <see cref="CountBuckets.Ordered"/> says. With no dimension, one bucket holds the total.
    /// </summary>
    /// <remarks>Both stores aggregate in the database; the default scans every relationship (test doubles, decorators).</remarks>
    async Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(
        RelationshipFilter? filter,
        IReadOnlyList<RelationshipDimension> by,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var keys = new List<IReadOnlyList<string?>>();
        await foreach (var relationship in ScanRelationshipsAsync(cancellationToken))
        {
            if (filter is null || filter.Matches(relationship))
            {
                keys.Add(by.Select(_ => (string?)relationship.Type.ToString()).ToList());
            }
        }

        return CountBuckets.Group(keys, by.Count);
    }

    /// <summary>Streams every entity, in key order, without holding them all in memory.</summary>
    IAsyncEnumerable<Entity> ScanEntitiesAsync(CancellationToken cancellationToken);

    /// <summary>Streams every relationship, ordered by (fromKey, type, toKey), without holding them all in memory.</summary>
    IAsyncEnumerable<Relationship> ScanRelationshipsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="write"/> atomically — all of it or none of it — if the graph version is still
    /// <paramref name="expectedVersion"/>, and returns the new version (<paramref name="expectedVersion"/> + 1).
    /// Throws <see cref="Errors.StoreVersionConflictException"/> when another write got there first.
    /// The write has been validated already; the store only persists it. Its <see cref="GraphWrite.Audit"/> record,
    /// when present, is appended to the store's audit trail in the same transaction, as the entry of the new version;
    /// when that append fails (the version is already recorded, say) nothing is applied and
    /// <see cref="Auditing.AuditFaults.NotRecorded"/> is thrown.
    /// </summary>
    Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken);
}
