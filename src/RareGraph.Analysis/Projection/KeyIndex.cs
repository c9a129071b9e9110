namespace RareGraph.Analysis.Projection;

/// <summary>
/// Node id by key: an open-addressing hash table of (hash, id) pairs over the projection's own key array.
/// </summary>
/// <remarks>
/// A projection build looks up two keys per relationship, a million times; a <see cref="Dictionary{TKey,TValue}"/>
/// reads its bucket array, then its entry, then the key, each a cache miss on a large graph. Here one 8-byte slot holds
/// the hash and the id, so a lookup reads the slot and then the key it must compare. The hash is .NET's randomised
/// string hash, so keys chosen to collide cannot be prepared in advance. Single writer while building; read-only (and
/// safe for any number of readers) once the projection is published.
/// </remarks>
internal sealed class KeyIndex
{
    private string[] _keys;
    private long[] _slots;
    private int _mask;

    public KeyIndex(int capacity)
    {
        _keys = new string[Math.Max(capacity, 16)];
        _slots = new long[SlotCount(capacity)];
        _mask = _slots.Length - 1;
    }

    public int Count { get; private set; }

    /// <summary>The keys by id; longer than <see cref="Count"/> while building.</summary>
    public string[] Keys => _keys;

    public int this[string key] => TryGetValue(key, out var id) ? id : throw new KeyNotFoundException();

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out int id)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                id = -1;
                return false;
            }

            if ((int)(slot >> 32) == hash)
            {
                var candidate = (int)slot - 1;
                var stored = _keys[candidate];
                if (ReferenceEquals(stored, key) || string.Equals(stored, key, StringComparison.Ordinal))
                {
                    id = candidate;
                    return true;
                }
            }
        }
    }

    /// <summary>
    /// The id of <paramref name="key"/>, adding it with the next id when it is new (<paramref name="added"/>): one hash
    /// and one probe sequence, where a lookup followed by an add would pay both twice.
    /// </summary>
    public int GetOrAdd(string key, out bool added)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        var hash = StringComparer.Ordinal.GetHashCode(key);
        var i = hash & _mask;
        for (var slot = _slots[i]; slot != 0; slot = _slots[i])
        {
            if ((int)(slot >> 32) == hash)
            {
                var candidate = (int)slot - 1;
                var stored = _keys[candidate];
                if (ReferenceEquals(stored, key) || string.Equals(stored, key, StringComparison.Ordinal))
                {
                    added = false;
                    return candidate;
                }
            }

            i = (i + 1) & _mask;
        }

        var id = Count++;
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, id * 2);
        }

        _keys[id] = key;
        _slots[i] = ((long)hash << 32) | (uint)(id + 1);
        added = true;
        return id;
    }

    /// <summary>The keys array cut to <see cref="Count"/>, for the finished projection.</summary>
    public void Trim()
    {
        if (_keys.Length != Count)
        {
            Array.Resize(ref _keys, Count);
        }
    }

    private static int SlotCount(int capacity)
    {
        // At most half full, so probe runs stay short.
        var slots = 16;
        while (slots < capacity * 2)
        {
            slots *= 2;
        }

        return slots;
    }

    private void Insert(int hash, int id)
    {
        var i = hash & _mask;
        while (_slots[i] != 0)
        {
            i = (i + 1) & _mask;
        }

        _slots[i] = ((long)hash << 32) | (uint)(id + 1);
    }

    private void Rehash(int slotCount)
    {
        _slots = new long[slotCount];
        _mask = slotCount - 1;
        for (var id = 0; id < Count; id++)
        {
            Insert(StringComparer.Ordinal.GetHashCode(_keys[id]), id);
        }
    }
}
