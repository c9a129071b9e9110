namespace RareGraph.Analysis.Spillover;

/// <summary>One organisation reached by a threat's spill-over, with the path that explains its score.</summary>
/// <remarks>The path is built on first read, so listing many organisations costs little until their paths are shown.</remarks>
public sealed class AffectedOrganisation
{
    private readonly PathRecorder? _recorder;
    private readonly int _node;
    private SpilloverPath? _path;

    public AffectedOrganisation(string organisationKey, double score, int hops, bool crossBorder, SpilloverPath path)
    {
        OrganisationKey = organisationKey;
        Score = score;
        Hops = hops;
        CrossBorder = crossBorder;
        _path = path;
    }

    internal AffectedOrganisation(string organisationKey, double score, int hops, bool crossBorder, PathRecorder recorder, int node)
    {
        OrganisationKey = organisationKey;
        Score = score;
        Hops = hops;
        CrossBorder = crossBorder;
        _recorder = recorder;
        _node = node;
    }

    public string OrganisationKey { get; }

    public double Score { get; }

    public int Hops { get; }

    /// <summary>True when the organisation is based in a jurisdiction other than where the threat occurred (see the model).</summary>
    public bool CrossBorder { get; }

    /// <summary>A path that reaches exactly <see cref="Score"/> in exactly <see cref="Hops"/> steps.</summary>
    public SpilloverPath Path => _path ??= _recorder!.Build(_node, Score, Hops);

    public override string ToString() => $"{OrganisationKey} score={Score:R} hops={Hops} crossBorder={CrossBorder}";
}
