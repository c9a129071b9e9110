namespace RareGraph.Domain.Model;

/// <summary>
/// The kinds of node in the graph. A key belongs to exactly one label for its whole life. The first four are the
/// spill-over model's; the last four record the alliance's own work (issue 15) and never take part in spill-over.
/// </summary>
public enum EntityLabel
{
    Jurisdiction,
    Organisation,
    Defender,
    Threat,
    Programme,
    Camp,
    Campaign,
    ActionItem,
}
