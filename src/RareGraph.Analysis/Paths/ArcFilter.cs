using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Paths;

/// <summary>Which arcs a path query may walk, and the spill-over factor of each.</summary>
/// <remarks>
/// A directed path from an event starts through its seeds: its first step is a TARGETS or OCCURRED_IN relationship of
/// that event, valid at the date, with factor 1 (a seed's score), whatever <see cref="PathOptions.Types"/> says (the
/// types restrict the spill-over steps). The event's initiators are never entered (<see cref="ExcludedNodes"/>).
/// </remarks>
internal sealed class ArcFilter
{
    private readonly GraphProjection _graph;
    private readonly int _day;
    private readonly byte[] _directions;
    private readonly double[] _weights;
    private readonly int _event;

    public ArcFilter(GraphProjection graph, int day, PathOptions options, int source = -1)
    {
        _graph = graph;
        _day = day;
        var defaults = SpilloverWeights.Defaults;
        _weights = defaults.Weights;
        _directions = new byte[defaults.Directions.Length];
        for (var type = 0; type < _directions.Length; type++)
        {
            var allowedType = options.Types is not { Count: > 0 } || options.Types.Contains((RelationshipType)type);
            _directions[type] = !allowedType
                ? (byte)0
                : options.Undirected ? (byte)(SpilloverWeights.ForwardBit | SpilloverWeights.BackwardBit) : defaults.Directions[type];
        }

        _event = !options.Undirected && source >= 0 && graph.Labels[source] == (byte)EntityLabel.Threat ? source : -1;
        ExcludedNodes = _event >= 0 ? ThreatSeeds.InitiatorsOf(graph, _event, day) : [];
    }

    /// <summary>Nodes no path may enter: the initiators of the event a directed path starts at.</summary>
    public int[] ExcludedNodes { get; }

    /// <summary>True when <paramref name="arc"/> may be walked in its own direction.</summary>
    public bool Allows(int arc)
    {
        var edge = arc >> 1;
        return ((_directions[_graph.EdgeTypes[edge]] & (1 << (arc & 1))) != 0 || IsSeedStep(arc)) && _graph.IsValidAt(edge, _day);
    }

    /// <summary>The default-weight spill-over factor of a step (0 for types that carry no spill-over, 1 into a seed).</summary>
    public double Factor(int arc)
    {
        var edge = arc >> 1;
        return IsSeedStep(arc) ? 1.0 : _weights[_graph.EdgeTypes[edge]] * _graph.EdgeStrengths[edge];
    }

    /// <summary>A step from the event a directed path starts at into one of its seeds.</summary>
    private bool IsSeedStep(int arc)
    {
        if (_event < 0 || (arc & 1) != 0)
        {
            return false;
        }

        var edge = arc >> 1;
        var type = (RelationshipType)_graph.EdgeTypes[edge];
        return _graph.EdgeFrom[edge] == _event
            && type is RelationshipType.Targets or RelationshipType.OccurredIn
            && _graph.Labels[_graph.EdgeTo[edge]] != (byte)EntityLabel.Threat;
    }
}
