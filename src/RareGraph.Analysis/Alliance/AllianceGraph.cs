using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Alliance;

/// <summary>
/// The undirected simple graph the alliance analytics run on, in compressed sparse row form: node <c>i</c>'s neighbours
/// are <c>Neighbours[Offsets[i] .. Offsets[i + 1])</c>, ascending. Node ids follow the ordinal order of the keys, so every
/// algorithm that walks nodes or neighbours in id order gives the same answer whatever order the input came in.
/// </summary>
public sealed class AllianceGraph
{
    private readonly string[] _keys;
    private readonly EntityLabel[] _labels;
    private readonly int[] _offsets;
    private readonly int[] _neighbours;

    private AllianceGraph(string[] keys, EntityLabel[] labels, int[] offsets, int[] neighbours)
    {
        _keys = keys;
        _labels = labels;
        _offsets = offsets;
        _neighbours = neighbours;
    }

    public int NodeCount => _keys.Length;

    /// <summary>Undirected edges, each counted once.</summary>
    public int EdgeCount => _neighbours.Length / 2;

    public string KeyOf(int node) => _keys[node];

    public EntityLabel LabelOf(int node) => _labels[node];

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    public ReadOnlySpan<int> Neighbours(int node) => _neighbours.AsSpan(_offsets[node], Degree(node));

    internal int[] Offsets => _offsets;

    internal int[] NeighbourArray => _neighbours;

    /// <summary>
    /// Builds the graph from nodes and key pairs. Self-loops are dropped and parallel pairs (in either direction) merge into
    /// one edge, as a simple graph requires.
    /// </summary>
    /// <exception cref="ArgumentException">A key appears twice among the nodes, or an edge names a key that is not a node.</exception>
    public static AllianceGraph Create(IEnumerable<AllianceNode> nodes, IEnumerable<(string FromKey, string ToKey)> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);

        var sorted = nodes.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var idOf = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!idOf.TryAdd(sorted[i].Key, i))
            {
                throw new ArgumentException($"The node key '{sorted[i].Key}' appears twice.", nameof(nodes));
            }
        }

        var pairs = new List<long>();
        foreach (var (fromKey, toKey) in edges)
        {
            if (!idOf.TryGetValue(fromKey, out var from) || !idOf.TryGetValue(toKey, out var to))
            {
                throw new ArgumentException($"The edge {fromKey} - {toKey} names a key that is not a node.", nameof(edges));
            }

            AddPair(pairs, from, to);
        }

        return FromPairs(
            sorted.Select(n => n.Key).ToArray(),
            sorted.Select(n => n.Label).ToArray(),
            pairs);
    }

    /// <summary>
    /// The alliance graph as it stood on <paramref name="at"/>: every Organisation and Defender that existed then, joined
    /// by the AFFILIATED_WITH, MEMBER_OF, PARTNERS_WITH and FUNDED_BY relationships valid on that date; entities and
    /// relationships whose confidence is below <paramref name="minConfidence"/> left out.
    /// </summary>
    public static AllianceGraph FromDomain(
        IEnumerable<Entity> entities, IEnumerable<Relationship> relationships, DateOnly at, double minConfidence = Projection.ConfidenceThreshold.Default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relationships);

        var nodes = entities
            .Where(e => IsAllianceLabel(e.Label) && e.IsValidOn(at) && (e.Confidence ?? 1.0) >= minConfidence)
            .Select(e => new AllianceNode(e.Key, e.Label))
            .ToList();
        var members = new HashSet<string>(nodes.Select(n => n.Key), StringComparer.Ordinal);
        var edges = relationships
            .Where(r => IsAllianceType(r.Type) && r.IsValidOn(at) && (r.Confidence ?? 1.0) >= minConfidence
                && members.Contains(r.FromKey) && members.Contains(r.ToKey))
            .Select(r => (r.FromKey, r.ToKey));
        return Create(nodes, edges);
    }

    /// <summary>
    /// The alliance graph at <paramref name="at"/> extracted from a projection snapshot (or a view of it without its
    /// less certain facts, <see cref="Projection.GraphProjection.WithMinConfidence"/>).
    /// </summary>
    /// <remarks>Every organisation and defender that exists on the date, isolated ones included (<see cref="AllianceScope.Everyone"/>).</remarks>
    public static AllianceGraph FromProjection(Projection.GraphProjection projection, DateOnly at) =>
        FromProjection(projection, at, AllianceScope.Everyone);

    /// <summary>The alliance graph at <paramref name="at"/> of the entities in <paramref name="scope"/>.</summary>
    public static AllianceGraph FromProjection(Projection.GraphProjection projection, DateOnly at, AllianceScope scope)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(scope);
        return AllianceProjectionExtractor.Extract(projection, at, scope);
    }

    /// <summary>Whether a relationship type joins the alliance graph.</summary>
    public static bool IsAllianceType(RelationshipType type) => type is RelationshipType.AffiliatedWith
        or RelationshipType.MemberOf or RelationshipType.PartnersWith or RelationshipType.FundedBy;

    /// <summary>Whether entities of a label are nodes of the alliance graph.</summary>
    public static bool IsAllianceLabel(EntityLabel label) => label is EntityLabel.Organisation or EntityLabel.Defender;

    /// <summary>Packs an undirected pair into one sortable value, smaller id first; self-loops are skipped.</summary>
    internal static void AddPair(List<long> pairs, int a, int b)
    {
        if (a == b)
        {
            return;
        }

        var (low, high) = a < b ? (a, b) : (b, a);
        pairs.Add(((long)low << 32) | (uint)high);
    }

    /// <summary>Builds the CSR arrays from packed pairs over nodes already in key order (ids = positions).</summary>
    internal static AllianceGraph FromPairs(string[] keys, EntityLabel[] labels, List<long> pairs)
    {
        pairs.Sort();
        var n = keys.Length;
        var degree = new int[n + 1];
        var unique = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0 && pairs[i] == pairs[i - 1])
            {
                continue;
            }

            pairs[unique++] = pairs[i];
            degree[(int)(pairs[i] >> 32)]++;
            degree[(int)(uint)pairs[i]]++;
        }

        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] = offsets[i] + degree[i];
        }

        var cursor = offsets[..n];
        var neighbours = new int[offsets[n]];

        // Pairs are sorted by (low, high): each low node receives its higher neighbours in ascending order, and each high
        // node its lower neighbours in ascending order, all lower ones before any higher ones, so every row ends up sorted.
        for (var i = 0; i < unique; i++)
        {
            var low = (int)(pairs[i] >> 32);
            var high = (int)(uint)pairs[i];
            neighbours[cursor[high]++] = low;
        }

        for (var i = 0; i < unique; i++)
        {
            var low = (int)(pairs[i] >> 32);
            var high = (int)(uint)pairs[i];
            neighbours[cursor[low]++] = high;
        }

        return new AllianceGraph(keys, labels, offsets, neighbours);
    }
}
