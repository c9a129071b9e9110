namespace RareGraph.Domain.Model;

/// <summary>
/// One row of the spill-over model's relationship table: which labels a type may join, and how spill-over flows over it.
/// </summary>
public sealed record RelationshipTypeInfo(
    RelationshipType Type,
    IReadOnlySet<EntityLabel> FromLabels,
    IReadOnlySet<EntityLabel> ToLabels,
    FlowDirection Flow,
    double DefaultWeight)
{
    /// <summary>When set, the <c>from</c> organisation must be of one of these kinds.</summary>
    public IReadOnlySet<OrganisationKind>? FromKinds { get; init; }

    /// <summary>When set, the <c>to</c> organisation must be of one of these kinds.</summary>
    public IReadOnlySet<OrganisationKind>? ToKinds { get; init; }

    /// <summary>Threat-to-threat links that form the law-lineage (diffusion) graph; the later threat links to the earlier.</summary>
    public bool IsLineage { get; init; }

    /// <summary>Links from a threat that define the seeds of its impact.</summary>
    public bool DefinesSeeds { get; init; }

    /// <summary>
    /// Links from an event to the organisations that brought it about: they are not seeds, and the event's spill-over
    /// never reaches or passes through them.
    /// </summary>
    public bool NamesInitiators { get; init; }

    /// <summary>
    /// A relationship of the alliance's own work: never part of the analysis projection (whose arc layout holds the
    /// sixteen spill-over types in four bits) and never given a spill-over weight.
    /// </summary>
    public bool IsAllianceWork { get; init; }

    /// <summary>The relationship may carry a <see cref="ParticipationRole"/> (PARTICIPATES_IN).</summary>
    public bool HasRole { get; init; }
}
