using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Projection;

/// <summary>
/// Accumulates entities and relationships into growable primitive arrays, then lays out the CSR in two counting passes.
/// Single use, not thread-safe.
/// </summary>
internal sealed class GraphProjectionBuilder
{
    private readonly KeyIndex _ids;
    private byte[] _labels;
    private byte[] _kinds;
    private int[] _nodeDays;
    private int _nodeCount;

    private int[] _from;
    private int[] _to;
    private byte[] _types;
    private double[] _strengths;
    private int[] _validFrom;
    private int[] _validTo;
    private int _edgeCount;

    // Store scans come ordered by fromKey, so consecutive relationships usually share it: one lookup serves the run.
    private string? _lastFromKey;
    private int _lastFrom;

    /// <summary>
    /// A builder whose arrays start at the expected sizes (a previous snapshot's, or a collection's count), so a build
    /// of a million relationships does not grow and copy its arrays twenty times nor trim them at the end. Larger
    /// inputs still fit: the arrays grow as needed.
    /// </summary>
    public GraphProjectionBuilder(int expectedEntities = 1024, int expectedRelationships = 4096)
    {
        var nodes = Math.Max(expectedEntities, 16);
        var edges = Math.Max(expectedRelationships, 16);
        _ids = new KeyIndex(nodes);
        _labels = GC.AllocateUninitializedArray<byte>(nodes);
        _kinds = GC.AllocateUninitializedArray<byte>(nodes);
        _nodeDays = GC.AllocateUninitializedArray<int>(nodes);
        _from = GC.AllocateUninitializedArray<int>(edges);
        _to = GC.AllocateUninitializedArray<int>(edges);
        _types = GC.AllocateUninitializedArray<byte>(edges);
        _strengths = GC.AllocateUninitializedArray<double>(edges);
        _validFrom = GC.AllocateUninitializedArray<int>(edges);
        _validTo = GC.AllocateUninitializedArray<int>(edges);
    }

    public int NodeCount => _nodeCount;

    /// <summary>Adds or replaces a node (a later entity with the same key wins, as a store upsert would).</summary>
    public void AddEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var id = _ids.GetOrAdd(entity.Key, out var added);
        if (added)
        {
            _nodeCount++;
            if (id == _labels.Length)
            {
                var size = id * 2;
                Array.Resize(ref _labels, size);
                Array.Resize(ref _kinds, size);
                Array.Resize(ref _nodeDays, size);
            }
        }

        _labels[id] = (byte)entity.Label;
        _kinds[id] = entity is Organisation organisation ? (byte)organisation.Kind : GraphProjection.NoKind;
        _nodeDays[id] = entity is Threat threat ? threat.OccurredOn.DayNumber : GraphProjection.OpenStart;
    }

    /// <summary>Adds a relationship; false (and nothing added) when an endpoint is not a known node.</summary>
    public bool AddRelationship(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        int from;
        if (string.Equals(relationship.FromKey, _lastFromKey, StringComparison.Ordinal))
        {
            from = _lastFrom;
        }
        else if (_ids.TryGetValue(relationship.FromKey, out from))
        {
            _lastFromKey = relationship.FromKey;
            _lastFrom = from;
        }
        else
        {
            return false;
        }

        if (!_ids.TryGetValue(relationship.ToKey, out var to))
        {
            return false;
        }

        var edge = _edgeCount++;
        if (edge == _from.Length)
        {
            var size = edge * 2;
            Array.Resize(ref _from, size);
            Array.Resize(ref _to, size);
            Array.Resize(ref _types, size);
            Array.Resize(ref _strengths, size);
            Array.Resize(ref _validFrom, size);
            Array.Resize(ref _validTo, size);
        }

        _from[edge] = from;
        _to[edge] = to;
        _types[edge] = (byte)relationship.Type;
        _strengths[edge] = relationship.Strength;
        _validFrom[edge] = relationship.ValidFrom?.DayNumber ?? GraphProjection.OpenStart;
        _validTo[edge] = relationship.ValidTo?.DayNumber ?? GraphProjection.OpenEnd;
        return true;
    }

    public GraphProjection Build(long version)
    {
        var nodes = _nodeCount;
        var edges = _edgeCount;
        var offsets = new int[nodes + 1];
        for (var e = 0; e < edges; e++)
        {
            offsets[_from[e] + 1]++;
            offsets[_to[e] + 1]++;
        }

        for (var n = 0; n < nodes; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        // Stable fill: a node's arcs keep the order in which their relationships were added.
        var cursor = offsets[..nodes];
        var arcs = GC.AllocateUninitializedArray<int>(edges * 2);
        for (var e = 0; e < edges; e++)
        {
            arcs[cursor[_from[e]]++] = e << 1;
            arcs[cursor[_to[e]]++] = (e << 1) | 1;
        }

        return new GraphProjection(version, new ProjectionArrays(
            TrimKeys(),
            _ids,
            Trim(_labels, nodes),
            Trim(_kinds, nodes),
            Trim(_nodeDays, nodes),
            Trim(_from, edges),
            Trim(_to, edges),
            Trim(_types, edges),
            Trim(_strengths, edges),
            Trim(_validFrom, edges),
            Trim(_validTo, edges),
            offsets,
            arcs));
    }

    private string[] TrimKeys()
    {
        _ids.Trim();
        return _ids.Keys;
    }

    private static T[] Trim<T>(T[] array, int length)
    {
        if (array.Length == length)
        {
            return array;
        }

        var trimmed = GC.AllocateUninitializedArray<T>(length);
        Array.Copy(array, trimmed, length);
        return trimmed;
    }
}
