using RareGraph.Domain.Model;
using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Redaction;

namespace RareGraph.Interchange.Export;

/// <summary>The own fields of programmes, camps, campaigns and action items, as every format writes them.</summary>
/// <remarks>
/// Their name (title) is the node's label; how they are linked (ORGANISES, HELD_IN, RUNS, PART_OF…) is in the edges. A
/// redacted file leaves out a camp's city: like a defender's, a camp's place is coarsened to its country (the
/// <c>jurisdiction</c> column, from HELD_IN).
/// </remarks>
internal static class AllianceWorkValues
{
    public static IEnumerable<InterchangeAttribute> NodeAttributes(ExportPrivacy privacy)
    {
        yield return new(Attributes.Status, AttributeKind.String);
        yield return new(Attributes.StartsOn, AttributeKind.String);
        yield return new(Attributes.EndsOn, AttributeKind.String);
        yield return new(Attributes.DueOn, AttributeKind.String);
        if (!privacy.Redact)
        {
            yield return new(Attributes.City, AttributeKind.String);
        }

        yield return new(Attributes.Topic, AttributeKind.String);
        yield return new(Attributes.Goal, AttributeKind.String);
    }

    public static void Put(Dictionary<string, object> values, Entity entity, ExportPrivacy privacy)
    {
        switch (entity)
        {
            case Programme programme:
                Dates(values, programme.StartsOn, programme.EndsOn);
                NodeValues.Put(values, Attributes.Summary, programme.Summary);
                break;
            case Camp camp:
                Dates(values, camp.StartsOn, camp.EndsOn);
                if (!privacy.Redact)
                {
                    NodeValues.Put(values, Attributes.City, camp.City);
                }

                NodeValues.Put(values, Attributes.Topic, camp.Topic);
                break;
            case Campaign campaign:
                NodeValues.Put(values, Attributes.Status, NodeValues.Upper(campaign.Status));
                Dates(values, campaign.StartsOn, campaign.EndsOn);
                NodeValues.Put(values, Attributes.Goal, campaign.Goal);
                break;
            case ActionItem item:
                NodeValues.Put(values, Attributes.Status, NodeValues.Upper(item.Status));
                NodeValues.Put(values, Attributes.DueOn, NodeValues.Date(item.DueOn));
                break;
        }
    }

    private static void Dates(Dictionary<string, object> values, DateOnly? startsOn, DateOnly? endsOn)
    {
        NodeValues.Put(values, Attributes.StartsOn, NodeValues.Date(startsOn));
        NodeValues.Put(values, Attributes.EndsOn, NodeValues.Date(endsOn));
    }
}
