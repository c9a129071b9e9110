using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Projection;

/// <summary>
/// An immutable, compact in-memory copy of the graph at one store version, laid out for the spill-over algorithms:
/// nodes are dense integer ids, relationships are parallel arrays indexed by edge id, and every node lists its incident
/// edges in one compressed (CSR) array.
/// </summary>
/// <remarks>
/// Each incident entry is an <em>arc</em>: <c>edgeId &lt;&lt; 1 | reversed</c>, where reversed = 1 means the arc walks the
/// stored relationship from its <c>to</c> back to its <c>from</c>. Every relationship therefore appears twice in the CSR
/// (once at each endpoint), which serves directed, reversed and undirected walks from one array. No per-edge objects and
/// one string per node keep it near 33 bytes per relationship plus the node keys.
/// Layout after Y. Saad, <i>Iterative Methods for Sparse Linear Systems</i>, §3.4 (compressed sparse row).
/// </remarks>
public sealed class GraphProjection
{
    /// <summary>Marks "no organisation kind" in <see cref="OrganisationKindOf"/> storage.</summary>
    internal const byte NoKind = byte.MaxValue;

    /// <summary>Day numbers for open validity bounds and undated nodes.</summary>
    internal const int OpenStart = int.MinValue;
    internal const int OpenEnd = int.MaxValue;

    private readonly Lazy<InflowIndex?> _inflowIndex;
    private readonly Lazy<BasedInIndex> _basedInIndex;
    private ArcLayout? _arcLayout;
    private int[]? _keyRanks;
    private ConfidenceViews? _confidenceViews;

    internal GraphProjection(long version, ProjectionArrays arrays, double minConfidence = 0)
    {
        Version = version;
        MinConfidence = minConfidence;
        Keys = arrays.Keys;
        Ids = arrays.Ids;
        Labels = arrays.Labels;
        Kinds = arrays.Kinds;
        NodeDays = arrays.NodeDays;
        NodeValidFrom = arrays.NodeValidFrom;
        NodeValidTo = arrays.NodeValidTo;
        NodeConfidence = arrays.NodeConfidence;
        EventTraits = arrays.EventTraits;
        EdgeFrom = arrays.EdgeFrom;
        EdgeTo = arrays.EdgeTo;
        EdgeTypes = arrays.EdgeTypes;
        EdgeStrengths = arrays.EdgeStrengths;
        EdgeValidFrom = arrays.EdgeValidFrom;
        EdgeValidTo = arrays.EdgeValidTo;
        EdgeConfidence = arrays.EdgeConfidence;
        ArcOffsets = arrays.ArcOffsets;
        Arcs = arrays.Arcs;
        _inflowIndex = new Lazy<InflowIndex?>(() => InflowIndex.Build(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _basedInIndex = new Lazy<BasedInIndex>(() => BasedInIndex.Build(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The store version this snapshot reflects.</summary>
    public long Version { get; }

    public int NodeCount => Keys.Length;

    public int RelationshipCount => EdgeFrom.Length;

    /// <summary>
    /// The confidence below which relationships and entities do not exist in this view: 0 for a snapshot of the whole
    /// store, higher for what <see cref="WithMinConfidence"/> returns.
    /// </summary>
    public double MinConfidence { get; }

    internal string[] Keys { get; }
    internal KeyIndex Ids { get; }
    internal byte[] Labels { get; }
    internal byte[] Kinds { get; }

    /// <summary>Threat dates as <see cref="DateOnly.DayNumber"/>; <see cref="OpenStart"/> for other nodes.</summary>
    internal int[] NodeDays { get; }

    /// <summary>Each entity's own validity window as day numbers (inclusive; open bounds as <see cref="OpenStart"/>/<see cref="OpenEnd"/>).</summary>
    internal int[] NodeValidFrom { get; }
    internal int[] NodeValidTo { get; }

    /// <summary>Each entity's own confidence, 1 when none is recorded.</summary>
    internal double[] NodeConfidence { get; }

    /// <summary>Date precision and polarity of each event (see <see cref="Projection.EventTraits"/>); 0 for other nodes.</summary>
    internal byte[] EventTraits { get; }

    internal int[] EdgeFrom { get; }
    internal int[] EdgeTo { get; }
    internal byte[] EdgeTypes { get; }
    internal double[] EdgeStrengths { get; }
    internal int[] EdgeValidFrom { get; }
    internal int[] EdgeValidTo { get; }

    /// <summary>
    /// Each relationship's effective confidence: the least of its own and its two ends' (1 when none is recorded).
    /// Null when every one is 1, as in a graph of documented facts only.
    /// </summary>
    internal double[]? EdgeConfidence { get; }

    /// <summary>Arcs of node n are <c>Arcs[ArcOffsets[n] .. ArcOffsets[n + 1])</c>.</summary>
    internal int[] ArcOffsets { get; }
    internal int[] Arcs { get; }

    /// <summary>
    /// Each node's position in the ordinal order of the keys, built on first use (4 bytes per node), so reports can
    /// break ties by key with integer comparisons.
    /// </summary>
    internal int[] KeyRanks
    {
        get
        {
            var ranks = Volatile.Read(ref _keyRanks);
            return ranks ?? Interlocked.CompareExchange(ref _keyRanks, RankKeys(Keys), null) ?? _keyRanks!;
        }
    }

    /// <summary>Arc-ordered targets and traits for the propagations, built on first use (10 bytes per relationship).</summary>
    internal ArcLayout ArcLayout
    {
        get
        {
            // Racing builders produce equal layouts; the first one published wins.
            var layout = Volatile.Read(ref _arcLayout);
            return layout ?? Interlocked.CompareExchange(ref _arcLayout, ArcLayout.Build(this), null) ?? _arcLayout!;
        }
    }

    /// <summary>
    /// The arcs that can carry spill-over into each node, built on first use; null when the graph has more distinct
    /// (type, strength) pairs than the index can number.
    /// </summary>
    internal InflowIndex? InflowIndex => _inflowIndex.Value;

    /// <summary>Each node's BASED_IN jurisdictions, built on first use.</summary>
    internal BasedInIndex BasedInIndex => _basedInIndex.Value;

    /// <summary>Builds a projection from in-memory entities and relationships (tests, tools, small graphs).</summary>
    /// <exception cref="ArgumentException">A relationship names a key that is not among the entities.</exception>
    public static GraphProjection Build(IEnumerable<Entity> entities, IEnumerable<Relationship> relationships, long version = 0)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relationships);
        var builder = new GraphProjectionBuilder(
            entities.TryGetNonEnumeratedCount(out var entityCount) ? entityCount : 1024,
            relationships.TryGetNonEnumeratedCount(out var relationshipCount) ? relationshipCount : 4096);
        foreach (var entity in entities)
        {
            builder.AddEntity(entity);
        }

        foreach (var relationship in relationships)
        {
            if (!builder.AddRelationship(relationship))
            {
                throw new ArgumentException($"Relationship {relationship.Identity} joins a key that is not an entity.", nameof(relationships));
            }
        }

        return builder.Build(version);
    }

    public bool Contains(string key) => Ids.ContainsKey(key);

    /// <summary>
    /// This graph without the relationships and entities whose confidence is below <paramref name="minConfidence"/>
    /// (a relationship also goes when either of its ends does). Nodes keep their ids, so keys, labels and dates read the
    /// same. Returns this snapshot itself when nothing falls below; otherwise a view built once per distinct cut-off and
    /// kept with the snapshot (see <see cref="ConfidenceViews"/>).
    /// </summary>
    /// <exception cref="RareGraphException">VALIDATION (field minConfidence) outside [0, 1].</exception>
    public GraphProjection WithMinConfidence(double minConfidence)
    {
        if (!(minConfidence >= 0 && minConfidence <= 1))
        {
            throw RareGraphException.Validation("minConfidence", "minConfidence must be between 0 and 1.");
        }

        if (minConfidence <= MinConfidence)
        {
            return this;
        }

        var views = Volatile.Read(ref _confidenceViews)
            ?? Interlocked.CompareExchange(ref _confidenceViews, new ConfidenceViews(this), null)
            ?? _confidenceViews!;
        return views.For(minConfidence);
    }

    /// <summary>Whether the entity <paramref name="key"/> exists in this view on <paramref name="date"/> (false for unknown keys).</summary>
    public bool Exists(string key, DateOnly date) => Ids.TryGetValue(key, out var id) && NodeExists(id, date.DayNumber);

    /// <summary>The polarity of the event <paramref name="key"/>, or null when it is not an event.</summary>
    public EventPolarity? PolarityOf(string key) =>
        Ids.TryGetValue(key, out var id) && Labels[id] == (byte)EntityLabel.Threat ? Projection.EventTraits.Polarity(EventTraits[id]) : null;

    /// <summary>The label of <paramref name="key"/>, or null when the key is not in the graph.</summary>
    public EntityLabel? LabelOf(string key) => Ids.TryGetValue(key, out var id) ? (EntityLabel)Labels[id] : null;

    /// <summary>The kind of the organisation <paramref name="key"/>, or null when it is not an organisation.</summary>
    public OrganisationKind? OrganisationKindOf(string key) =>
        Ids.TryGetValue(key, out var id) && Kinds[id] != NoKind ? (OrganisationKind)Kinds[id] : null;

    /// <summary>The date of the threat <paramref name="key"/>, or null when it is not a threat.</summary>
    public DateOnly? ThreatDateOf(string key) =>
        Ids.TryGetValue(key, out var id) && Labels[id] == (byte)EntityLabel.Threat ? DateOnly.FromDayNumber(NodeDays[id]) : null;

    private static int[] RankKeys(string[] keys)
    {
        var byKey = new int[keys.Length];
        for (var i = 0; i < byKey.Length; i++)
        {
            byKey[i] = i;
        }

        var sortedKeys = (string[])keys.Clone();
        Array.Sort(sortedKeys, byKey, StringComparer.Ordinal);
        var ranks = new int[keys.Length];
        for (var rank = 0; rank < byKey.Length; rank++)
        {
            ranks[byKey[rank]] = rank;
        }

        return ranks;
    }

    internal int ArcTarget(int arc)
    {
        var edge = arc >> 1;
        return (arc & 1) == 0 ? EdgeTo[edge] : EdgeFrom[edge];
    }

    internal bool IsValidAt(int edge, int day) => EdgeValidFrom[edge] <= day && day <= EdgeValidTo[edge];

    /// <summary>Whether node <paramref name="node"/> existed on <paramref name="day"/> and is sure enough for this view.</summary>
    internal bool NodeExists(int node, int day) =>
        NodeValidFrom[node] <= day && day <= NodeValidTo[node] && NodeConfidence[node] >= MinConfidence;

    internal RelationshipKey IdentityOf(int edge) => new(Keys[EdgeFrom[edge]], (RelationshipType)EdgeTypes[edge], Keys[EdgeTo[edge]]);

    /// <summary>The node id of <paramref name="key"/>, or NOT_FOUND naming <paramref name="field"/>.</summary>
    internal int RequireNode(string key, string field, EntityLabel? label)
    {
        if (key is null || !Ids.TryGetValue(key, out var id) || (label is { } wanted && Labels[id] != (byte)wanted))
        {
            var what = label is { } l ? ApiWording.Noun(l) : "entity";
            throw RareGraphException.NotFound(field, $"No {what} with key '{key}' exists in the graph.");
        }

        return id;
    }
}
