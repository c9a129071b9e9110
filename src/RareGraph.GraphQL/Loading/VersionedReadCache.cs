using System.Collections.Concurrent;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Loading;

/// <summary>
/// Entities and relationship pages as the store answered them at one graph version, shared by every query that reads at
/// that version: a dashboard asked again and again costs the store one version read and its listing, not one statement
/// per parent and connection field.
/// </summary>
/// <remarks>
/// Only the newest version seen is kept; a request that read an older version neither reads nor fills it. Each request
/// reads the version before it reads any data, and versions only move forward, so what is stored under a version is
/// never older than that version (a write landing in between can only make it newer, which the store would have
/// answered as well). Cached values are the store's immutable records, the same for every caller: what a role may see of
/// them is decided at resolution, and arguments that depend on the role (the visible relationship types) are part of
/// the page key. Bounded by <see cref="Capacity"/> entries per version; past it, reads go to the store uncached.
/// </remarks>
internal sealed class VersionedReadCache(int capacity = VersionedReadCache.DefaultCapacity)
{
    public const int DefaultCapacity = 200_000;

    private Generation _current = new(-1, capacity);

    public int Capacity => capacity;

    /// <summary>The cache for <paramref name="version"/>, or null when a newer version is already cached.</summary>
    public Generation? At(long version)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current.Version == version)
            {
                return current;
            }

            if (current.Version > version)
            {
                return null;
            }

            var next = new Generation(version, capacity);
            if (Interlocked.CompareExchange(ref _current, next, current) == current)
            {
                return next;
            }
        }
    }

    /// <summary>What was read at one graph version.</summary>
    internal sealed class Generation(long version, int capacity)
    {
        private readonly ConcurrentDictionary<PageKey, IReadOnlyList<Relationship>> _pages = new();
        private readonly ConcurrentDictionary<string, Entity> _entities = new(StringComparer.Ordinal);
        private int _count;

        public long Version => version;

        public bool TryGetPage(RelationshipPageArguments arguments, string entityKey, out IReadOnlyList<Relationship> page) =>
            _pages.TryGetValue(new PageKey(arguments, entityKey), out page!);

        public void AddPage(RelationshipPageArguments arguments, string entityKey, IReadOnlyList<Relationship> page)
        {
            if (Reserve() && !_pages.TryAdd(new PageKey(arguments, entityKey), page))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        public bool TryGetEntity(string key, out Entity entity) => _entities.TryGetValue(key, out entity!);

        public void AddEntity(Entity entity)
        {
            if (Reserve() && !_entities.TryAdd(entity.Key, entity))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        private bool Reserve()
        {
            if (Volatile.Read(ref _count) >= capacity)
            {
                return false;
            }

            Interlocked.Increment(ref _count);
            return true;
        }
    }

    private readonly record struct PageKey(RelationshipPageArguments Arguments, string EntityKey);
}
