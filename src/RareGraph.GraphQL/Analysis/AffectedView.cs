using RareGraph.Analysis.Spillover;

namespace RareGraph.GraphQL.Analysis;

/// <summary>
/// One entry of an impact report as the API shows it. The explaining path is turned into a view only when a query
/// selects it, for the entries of the page asked for.
/// </summary>
internal sealed class AffectedView(AffectedOrganisation entry)
{
    private PathView? _path;

    public string OrganisationKey => entry.OrganisationKey;

    public double Score => entry.Score;

    public int Hops => entry.Hops;

    public bool CrossBorder => entry.CrossBorder;

    public PathView Path => _path ??= new PathView(entry.Path.NodeKeys, entry.Path.Relationships, entry.Path.Score, entry.Path.Hops);
}
