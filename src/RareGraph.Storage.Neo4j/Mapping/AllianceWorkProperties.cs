using RareGraph.Domain.Model;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Mapping;

/// <summary>
/// Node properties of programmes, camps, campaigns and action items (the alliance's own work): its title, dates as
/// Neo4j dates, statuses as their C# names; absent values are left out.
/// </summary>
internal static class AllianceWorkProperties
{
    public static void Add(Dictionary<string, object?> properties, Entity entity)
    {
        switch (entity)
        {
            case Programme programme:
                properties["title"] = programme.Title;
                AddDate(properties, "startsOn", programme.StartsOn);
                AddDate(properties, "endsOn", programme.EndsOn);
                EntityProperties.AddIfPresent(properties, "summary", programme.Summary);
                break;
            case Camp camp:
                properties["title"] = camp.Title;
                EntityProperties.AddIfPresent(properties, "city", camp.City);
                AddDate(properties, "startsOn", camp.StartsOn);
                AddDate(properties, "endsOn", camp.EndsOn);
                EntityProperties.AddIfPresent(properties, "topic", camp.Topic);
                break;
            case Campaign campaign:
                properties["title"] = campaign.Title;
                EntityProperties.AddIfPresent(properties, "goal", campaign.Goal);
                properties["status"] = campaign.Status.ToString();
                AddDate(properties, "startsOn", campaign.StartsOn);
                AddDate(properties, "endsOn", campaign.EndsOn);
                break;
            case ActionItem item:
                properties["title"] = item.Title;
                AddDate(properties, "dueOn", item.DueOn);
                properties["status"] = item.Status.ToString();
                break;
            default:
                throw new ArgumentException($"{entity.GetType().Name} is not alliance work.", nameof(entity));
        }
    }

    /// <summary>The entity a node of one of the four labels holds, or null when it carries none of them.</summary>
    public static Entity? ToEntity(Neo4jNode node, PropertyBag p)
    {
        var key = p.String("key");
        if (Has(node, EntityLabel.Programme))
        {
            return new Programme(key, p.String("title"))
            {
                StartsOn = p.OptionalDate("startsOn"),
                EndsOn = p.OptionalDate("endsOn"),
                Summary = p.OptionalString("summary"),
            };
        }

        if (Has(node, EntityLabel.Camp))
        {
            return new Camp(key, p.String("title"))
            {
                City = p.OptionalString("city"),
                StartsOn = p.OptionalDate("startsOn"),
                EndsOn = p.OptionalDate("endsOn"),
                Topic = p.OptionalString("topic"),
            };
        }

        if (Has(node, EntityLabel.Campaign))
        {
            return new Campaign(key, p.String("title"))
            {
                Goal = p.OptionalString("goal"),
                Status = p.Enum<CampaignStatus>("status"),
                StartsOn = p.OptionalDate("startsOn"),
                EndsOn = p.OptionalDate("endsOn"),
            };
        }

        if (Has(node, EntityLabel.ActionItem))
        {
            return new ActionItem(key, p.String("title"))
            {
                DueOn = p.OptionalDate("dueOn"),
                Status = p.Enum<ActionItemStatus>("status"),
            };
        }

        return null;
    }

    private static bool Has(Neo4jNode node, EntityLabel label) => node.Labels.Contains(label.ToString(), StringComparer.Ordinal);

    private static void AddDate(Dictionary<string, object?> properties, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            properties[name] = value;
        }
    }
}
