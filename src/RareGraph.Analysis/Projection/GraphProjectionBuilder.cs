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
    private int[] _nodeValidFrom;
    private int[] _nodeValidTo;
    private double[] _nodeConfidence;
    private byte[] _eventTraits;
    private int _nodeCount;

    private int[] _from;
    private int[] _to;
    private byte[] _types;
    private double[] _strengths;
    private int[] _validFrom;
    private int[] _validTo;

    // Allocated when the first relationship below full confidence arrives: graphs of documented facts need none.
    private double[]? _confidence;
    private int _edgeCount;

    // Keys of the alliance's own work (programmes, camps, campaigns, action items): left out, with their relationships.
    private readonly HashSet<string> _allianceWork = new(StringComparer.Ordinal);

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
        _nodeValidFrom = GC.AllocateUninitializedArray<int>(nodes);
        _nodeValidTo = GC.AllocateUninitializedArray<int>(nodes);
        _nodeConfidence = GC.AllocateUninitializedArray<double>(nodes);
        _eventTraits = GC.AllocateUninitializedArray<byte>(nodes);
        _from = GC.AllocateUninitializedArray<int>(edges);
        _to = GC.AllocateUninitializedArray<int>(edges);
        _types = GC.AllocateUninitializedArray<byte>(edges);
        _strengths = GC.AllocateUninitializedArray<double>(edges);
        _validFrom = GC.AllocateUninitializedArray<int>(edges);
        _validTo = GC.AllocateUninitializedArray<int>(edges);
    }

    public int NodeCount => _nodeCount;

    /// <summary>Adds or replaces a node (a later entity with the same key wins, as a store upsert would).</summary>
    /// <remarks>The alliance's own work is no channel of spill-over: it is left out (see <see cref="EntityLabels.IsAllianceWork"/>).</remarks>
    public void AddEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (EntityLabels.IsAllianceWork(entity.Label))
        {
            _allianceWork.Add(entity.Key);
            return;
        }

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
                Array.Resize(ref _nodeValidFrom, size);
                Array.Resize(ref _nodeValidTo, size);
                Array.Resize(ref _nodeConfidence, size);
                Array.Resize(ref _eventTraits, size);
            }
        }

        _labels[id] = (byte)entity.Label;
        _kinds[id] = entity is Organisation organisation ? (byte)organisation.Kind : GraphProjection.NoKind;
        _nodeDays[id] = entity is Threat threat ? threat.OccurredOn.DayNumber : GraphProjection.OpenStart;
        _nodeValidFrom[id] = entity.ValidFrom?.DayNumber ?? GraphProjection.OpenStart;
        _nodeValidTo[id] = entity.ValidTo?.DayNumber ?? GraphProjection.OpenEnd;
        _nodeConfidence[id] = entity.Confidence ?? 1.0;
        _eventTraits[id] = entity is Threat recorded ? EventTraits.Of(recorded) : (byte)0;
    }

    /// <summary>
    /// Adds a relationship; false (and nothing added) when an endpoint is not a known node. Entities must be added
    /// first: the relationship's validity window is narrowed to the period in which both its ends existed, and its
    /// confidence lowered to the least of its own and its ends' (a fact about an invented organisation is no surer
    /// than the organisation), so every walk honours entity validity and confidence without looking at nodes.
    /// </summary>
    /// <remarks>
    /// A relationship of the alliance's own work, or one touching a programme, camp, campaign or action item, is accepted
    /// and left out: true, nothing added.
    /// </remarks>
    public bool AddRelationship(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (RelationshipRules.For(relationship.Type).IsAllianceWork
            || (_allianceWork.Count > 0 && (_allianceWork.Contains(relationship.FromKey) || _allianceWork.Contains(relationship.ToKey))))
        {
            return true;
        }

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
        _validFrom[edge] = Math.Max(relationship.ValidFrom?.DayNumber ?? GraphProjection.OpenStart, Math.Max(_nodeValidFrom[from], _nodeValidFrom[to]));
        _validTo[edge] = Math.Min(relationship.ValidTo?.DayNumber ?? GraphProjection.OpenEnd, Math.Min(_nodeValidTo[from], _nodeValidTo[to]));
        var confidence = Math.Min(relationship.Confidence ?? 1.0, Math.Min(_nodeConfidence[from], _nodeConfidence[to]));
        if (confidence < 1.0 || _confidence is not null)
        {
            SetConfidence(edge, confidence);
        }

        return true;
    }

    public GraphProjection Build(long version)
    {
        var nodes = _nodeCount;
        var edges = _edgeCount;
        var (offsets, arcs) = LayOutArcs(_from, _to, nodes, edges);
        return new GraphProjection(version, new ProjectionArrays(
            TrimKeys(),
            _ids,
            Trim(_labels, nodes),
            Trim(_kinds, nodes),
            Trim(_nodeDays, nodes),
            Trim(_nodeValidFrom, nodes),
            Trim(_nodeValidTo, nodes),
            Trim(_nodeConfidence, nodes),
            Trim(_eventTraits, nodes),
            Trim(_from, edges),
            Trim(_to, edges),
            Trim(_types, edges),
            Trim(_strengths, edges),
            Trim(_validFrom, edges),
            Trim(_validTo, edges),
            _confidence is null ? null : Trim(_confidence, edges),
            offsets,
            arcs));
    }

    /// <summary>The CSR of arcs for relationships <c>0 .. edges</c>, each listed at both of its ends.</summary>
    internal static (int[] Offsets, int[] Arcs) LayOutArcs(int[] from, int[] to, int nodes, int edges)
    {
        var offsets = new int[nodes + 1];
        for (var e = 0; e < edges; e++)
        {
            offsets[from[e] + 1]++;
            offsets[to[e] + 1]++;
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
            arcs[cursor[from[e]]++] = e << 1;
            arcs[cursor[to[e]]++] = (e << 1) | 1;
        }

        return (offsets, arcs);
    }

    /// <summary>Records a confidence below 1, allocating the array (all 1 so far) the first time, sized as the edge arrays.</summary>
    private void SetConfidence(int edge, double confidence)
    {
        if (_confidence is null || _confidence.Length < _from.Length)
        {
            var grown = new double[_from.Length];
            var known = _confidence?.Length ?? 0;
            if (_confidence is not null)
            {
                Array.Copy(_confidence, grown, known);
            }

            Array.Fill(grown, 1.0, known, grown.Length - known);
            _confidence = grown;
        }

        _confidence[edge] = confidence;
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
