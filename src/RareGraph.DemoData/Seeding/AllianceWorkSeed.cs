namespace RareGraph.DemoData.Seeding;

/// <summary>
/// The content of <c>Seed/programme.json</c>: the RARE programme (documented by its organisers' pages) and its
/// illustrative camps, attendance, campaigns, action items and the ties formed during the programme.
/// </summary>
internal sealed record AllianceWorkSeed
{
    public string? Note { get; init; }

    public required ProgrammeSeed Programme { get; init; }

    public IReadOnlyList<CampSeed> Camps { get; init; } = [];

    public IReadOnlyList<CampaignSeed> Campaigns { get; init; } = [];

    public IReadOnlyList<ActionItemSeed> ActionItems { get; init; } = [];

    /// <summary>Spill-over relationships formed during the programme (partnerships, memberships, advocacy); all illustrative.</summary>
    public IReadOnlyList<RelationshipSeed> Relationships { get; init; } = [];
}
