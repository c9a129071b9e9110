using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Domain.Validation;

/// <summary>Field rules of programmes, camps, campaigns and action items (called from <see cref="EntityRules"/>).</summary>
internal static class AllianceWorkRules
{
    public static void Validate(Entity entity, string fieldPrefix)
    {
        switch (entity)
        {
            case Programme programme:
                EntityRules.RequireText(programme.Title, EntityRules.Join(fieldPrefix, "title"), EntityRules.MaxNameLength);
                EntityRules.OptionalText(programme.Summary, EntityRules.Join(fieldPrefix, "summary"), EntityRules.MaxTextLength);
                RequireOrder(programme.StartsOn, programme.EndsOn, fieldPrefix);
                break;
            case Camp camp:
                EntityRules.RequireText(camp.Title, EntityRules.Join(fieldPrefix, "title"), EntityRules.MaxNameLength);
                EntityRules.OptionalText(camp.City, EntityRules.Join(fieldPrefix, "city"), EntityRules.MaxNameLength);
                EntityRules.OptionalText(camp.Topic, EntityRules.Join(fieldPrefix, "topic"), EntityRules.MaxTextLength);
                RequireOrder(camp.StartsOn, camp.EndsOn, fieldPrefix);
                break;
            case Campaign campaign:
                EntityRules.RequireText(campaign.Title, EntityRules.Join(fieldPrefix, "title"), EntityRules.MaxNameLength);
                EntityRules.OptionalText(campaign.Goal, EntityRules.Join(fieldPrefix, "goal"), EntityRules.MaxTextLength);
                RequireDefined(campaign.Status, EntityRules.Join(fieldPrefix, "status"));
                RequireOrder(campaign.StartsOn, campaign.EndsOn, fieldPrefix);
                break;
            case ActionItem item:
                EntityRules.RequireText(item.Title, EntityRules.Join(fieldPrefix, "title"), EntityRules.MaxNameLength);
                RequireDefined(item.Status, EntityRules.Join(fieldPrefix, "status"));
                break;
            default:
                throw new ArgumentException($"{entity.GetType().Name} is not alliance work.", nameof(entity));
        }
    }

    private static void RequireOrder(DateOnly? startsOn, DateOnly? endsOn, string fieldPrefix)
    {
        if (startsOn is { } start && endsOn is { } end && start > end)
        {
            throw RareGraphException.Validation(EntityRules.Join(fieldPrefix, "endsOn"), "endsOn must not be earlier than startsOn.");
        }
    }

    private static void RequireDefined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw RareGraphException.Validation(field, $"{field} has no such value.");
        }
    }
}
