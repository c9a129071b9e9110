namespace RareGraph.Domain.Model;

/// <summary>Along which stored direction spill-over may travel over a relationship type.</summary>
public enum FlowDirection
{
    /// <summary>The type carries no spill-over (seeds and lineage links).</summary>
    None,

    /// <summary>From the stored <c>from</c> to the stored <c>to</c> only.</summary>
    Forward,

    /// <summary>From the stored <c>to</c> back to the stored <c>from</c> only (a jurisdiction reaching its residents).</summary>
    Backward,
    Both,
}
