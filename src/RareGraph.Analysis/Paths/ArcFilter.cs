using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Paths;

/// <summary>Which arcs a path query may walk, and the spill-over factor of each.</summary>
internal sealed class ArcFilter
{
    private readonly GraphProjection _graph;
    private readonly int _day;
    private readonly byte[] _directions;
    private readonly double[] _weights;

    public ArcFilter(GraphProjection graph, int day, PathOptions options)
    {
        _graph = graph;
        _day = day;
        var defaults = SpilloverWeights.Defaults;
        _weights = defaults.Weights;
        _directions = new byte[defaults.Directions.Length];
        for (var type = 0; type < _directions.Length; type++)
        {
            var allowedType = options.Types is not { Count: > 0 } || options.Types.Contains((Domain.Model.RelationshipType)type);
            _directions[type] = !allowedType
                ? (byte)0
                : options.Undirected ? (byte)(SpilloverWeights.ForwardBit | SpilloverWeights.BackwardBit) : defaults.Directions[type];
        }
    }

    /// <summary>True when <paramref name="arc"/> may be walked in its own direction.</summary>
    public bool Allows(int arc)
    {
        var edge = arc >> 1;
        return (_directions[_graph.EdgeTypes[edge]] & (1 << (arc & 1))) != 0 && _graph.IsValidAt(edge, _day);
    }

    /// <summary>The default-weight spill-over factor of a step (0 for types that carry no spill-over).</summary>
    public double Factor(int arc)
    {
        var edge = arc >> 1;
        return _weights[_graph.EdgeTypes[edge]] * _graph.EdgeStrengths[edge];
    }
}
