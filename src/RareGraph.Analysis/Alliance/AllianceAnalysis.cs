using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Alliance;

/// <summary>
/// The alliance analytics of the spill-over model: degree, PageRank, betweenness, articulation points, connected
/// components and Louvain communities of the undirected simple graph of Organisations and Defenders joined by
/// AFFILIATED_WITH, MEMBER_OF, PARTNERS_WITH and FUNDED_BY relationships valid at a date.
/// </summary>
/// <remarks>
/// Each measure is one class citing its source: <see cref="PageRank"/> (Brin &amp; Page 1998), <see cref="Betweenness"/>
/// (Brandes 2001), <see cref="ArticulationPoints"/> (Hopcroft &amp; Tarjan 1973), <see cref="Louvain"/> (Blondel et al.
/// 2008). The whole computation runs against one <see cref="AllianceOptions.MaxWork"/> and
/// <see cref="AllianceOptions.MaxDuration"/> budget and ends with LIMIT_EXCEEDED when it would overrun; betweenness, the
/// O(n·m) part, is refused up front when its exact cost is already known to exceed what is left.
/// </remarks>
public static class AllianceAnalysis
{
    /// <summary>Analyses an alliance graph already built for the date <paramref name="at"/>.</summary>
    /// <exception cref="Domain.Errors.RareGraphException">LIMIT_EXCEEDED when the work or time budget runs out.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public static AllianceReport Compute(
        AllianceGraph graph, DateOnly at, AllianceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= AllianceOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var budget = new WorkBudget(options.MaxWork, options.MaxDuration, cancellationToken);

        var (componentOf, componentCount) = ConnectedComponents.Compute(graph, budget);
        budget.Require(Betweenness.EstimateWork(graph, componentOf, componentCount), "betweenness centrality");
        var (pageRank, iterations) = PageRank.Compute(
            graph, options.Damping, options.PageRankTolerance, options.PageRankMaxIterations, budget);
        var isArticulation = ArticulationPoints.Compute(graph, budget);
        var (communityOf, communityCount, modularity) = Louvain.Compute(graph, options.CommunitySeed, budget);
        var betweenness = Betweenness.Compute(graph, budget);

        var components = Group(graph, componentOf, componentCount, out var componentRank);
        var communities = Group(graph, communityOf, communityCount, out var communityRank);
        var members = new AllianceMember[graph.NodeCount];
        for (var v = 0; v < members.Length; v++)
        {
            members[v] = new AllianceMember(
                graph.KeyOf(v),
                graph.LabelOf(v),
                graph.Degree(v),
                pageRank[v],
                betweenness[v],
                isArticulation[v],
                componentRank[componentOf[v]],
                communityRank[communityOf[v]]);
        }

        return new AllianceReport(at, members, components, communities, modularity)
        {
            EdgeCount = graph.EdgeCount,
            PageRankIterations = iterations,
        };
    }

    /// <summary>Builds the alliance graph at <paramref name="at"/> from domain objects, then analyses it.</summary>
    public static AllianceReport Compute(
        IEnumerable<Entity> entities,
        IEnumerable<Relationship> relationships,
        DateOnly at,
        AllianceOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Compute(AllianceGraph.FromDomain(entities, relationships, at), at, options, cancellationToken);

    /// <summary>
    /// Analyses the alliance graph of a projection snapshot at <paramref name="at"/>. The time limit and cancellation of
    /// <paramref name="budget"/> apply; its visited-edge limit does not, because betweenness legitimately needs far more
    /// steps than a traversal — <see cref="AllianceOptions.MaxWork"/> bounds those.
    /// </summary>
    public static AllianceReport Compute(
        Projection.GraphProjection projection, DateOnly at, AllianceOptions? options = null, Budget.AnalysisBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        options ??= AllianceOptions.Default;
        if (budget is not null)
        {
            options = options with { MaxDuration = budget.MaxDuration };
        }

        return Compute(AllianceGraph.FromProjection(projection, at), at, options, budget?.CancellationToken ?? default);
    }

    /// <summary>
    /// Lists the groups of a partition with ids by size descending, then smallest member key; node ids are in key order,
    /// so the smallest member key is the smallest node id.
    /// </summary>
    private static AllianceGroup[] Group(AllianceGraph graph, int[] groupOf, int count, out int[] rankOf)
    {
        var members = new List<string>[count];
        var smallest = new int[count];
        Array.Fill(smallest, int.MaxValue);
        for (var v = 0; v < groupOf.Length; v++)
        {
            var g = groupOf[v];
            (members[g] ??= []).Add(graph.KeyOf(v));
            smallest[g] = Math.Min(smallest[g], v);
        }

        var order = Enumerable.Range(0, count)
            .Where(g => members[g] is not null)
            .OrderByDescending(g => members[g].Count)
            .ThenBy(g => smallest[g])
            .ToArray();
        rankOf = new int[count];
        var groups = new AllianceGroup[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            var g = order[rank];
            rankOf[g] = rank;
            groups[rank] = new AllianceGroup(rank, members[g].Count, members[g]);
        }

        return groups;
    }
}
