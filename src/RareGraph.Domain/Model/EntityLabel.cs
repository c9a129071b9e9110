namespace RareGraph.Domain.Model;

/// <summary>The four kinds of node in the graph. A key belongs to exactly one label for its whole life.</summary>
public enum EntityLabel
{
    Jurisdiction,
    Organisation,
    Defender,
    Threat,
}
