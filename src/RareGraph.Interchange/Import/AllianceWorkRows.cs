using RareGraph.Domain.Model;
using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Import;

/// <summary>Reads programmes, camps, campaigns and action items from rows, by the attribute names the exports write.</summary>
/// <remarks>A status left out is the model's default (a campaign PLANNED, an action item OPEN), as in the upserts.</remarks>
internal static class AllianceWorkRows
{
    public static Entity ToEntity(ImportRow row, EntityLabel label, string key, string title) => label switch
    {
        EntityLabel.Programme => new Programme(key, title)
        {
            StartsOn = RowMapper.Date(row, Attributes.StartsOn),
            EndsOn = RowMapper.Date(row, Attributes.EndsOn),
            Summary = row[Attributes.Summary],
        },
        EntityLabel.Camp => new Camp(key, title)
        {
            City = row[Attributes.City],
            StartsOn = RowMapper.Date(row, Attributes.StartsOn),
            EndsOn = RowMapper.Date(row, Attributes.EndsOn),
            Topic = row[Attributes.Topic],
        },
        EntityLabel.Campaign => new Campaign(key, title)
        {
            Goal = row[Attributes.Goal],
            Status = RowMapper.Enum<CampaignStatus>(row, Attributes.Status) ?? CampaignStatus.Planned,
            StartsOn = RowMapper.Date(row, Attributes.StartsOn),
            EndsOn = RowMapper.Date(row, Attributes.EndsOn),
        },
        EntityLabel.ActionItem => new ActionItem(key, title)
        {
            DueOn = RowMapper.Date(row, Attributes.DueOn),
            Status = RowMapper.Enum<ActionItemStatus>(row, Attributes.Status) ?? ActionItemStatus.Open,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a label of the alliance's own work."),
    };
}
