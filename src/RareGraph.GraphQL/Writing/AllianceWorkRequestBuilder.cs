using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL.Writing;

/// <summary>
/// Maps the alliance-work inputs onto a <see cref="WriteRequest"/>, by the one upsert rule (<see cref="PartialInput"/>):
/// a field left out keeps its stored value, an explicit <c>null</c> clears it. Outgoing shorthands (<c>programmeKey</c>,
/// <c>heldInKey</c>, <c>advocatesToKeys</c>, <c>respondsToKeys</c>, <c>partOfKey</c>) follow it too: left out, the
/// stored links stay; given, they replace the earlier links of their type; null removes them. Incoming ones
/// (<c>organiserKeys</c>, <c>runByKeys</c>, <c>ownerKeys</c>) only add links, since they belong to the organisations
/// (remove one with <c>unrelate</c>); null adds none.
/// </summary>
internal static class AllianceWorkRequestBuilder
{
    public static Programme Add(WriteRequest request, UpsertProgrammeInput input, string field)
    {
        Programme Apply(Programme basis)
        {
            var entity = WriteRequestBuilder.Provenance(input, basis with { Title = input.Title });
            entity = input.Has("startsOn") ? entity with { StartsOn = input.StartsOn } : entity;
            entity = input.Has("endsOn") ? entity with { EndsOn = input.EndsOn } : entity;
            return input.Has("summary") ? entity with { Summary = input.Summary } : entity;
        }

        var added = WriteRequestBuilder.AddEntity(request, Apply(new Programme(input.Key, input.Title)), Apply, field);
        AddIncoming(request, input.OrganiserKeys, RelationshipType.Organises, input.Key, $"{field}.organiserKeys");
        return added;
    }

    public static Camp Add(WriteRequest request, UpsertCampInput input, string field)
    {
        Camp Apply(Camp basis)
        {
            var entity = WriteRequestBuilder.Provenance(input, basis with { Title = input.Title });
            entity = input.Has("city") ? entity with { City = input.City } : entity;
            entity = input.Has("startsOn") ? entity with { StartsOn = input.StartsOn } : entity;
            entity = input.Has("endsOn") ? entity with { EndsOn = input.EndsOn } : entity;
            return input.Has("topic") ? entity with { Topic = input.Topic } : entity;
        }

        var added = WriteRequestBuilder.AddEntity(request, Apply(new Camp(input.Key, input.Title)), Apply, field);
        AddOutgoing(request, input, "programmeKey", input.ProgrammeKey is { } programme ? [programme] : null, RelationshipType.PartOf, field, single: true);
        AddOutgoing(request, input, "heldInKey", input.HeldInKey is { } place ? [place] : null, RelationshipType.HeldIn, field, single: true);
        return added;
    }

    public static Campaign Add(WriteRequest request, UpsertCampaignInput input, string field)
    {
        Campaign Apply(Campaign basis)
        {
            var entity = WriteRequestBuilder.Provenance(input, basis with { Title = input.Title });
            entity = input.Has("goal") ? entity with { Goal = input.Goal } : entity;
            entity = input.Has("status") ? entity with { Status = input.Status ?? CampaignStatus.Planned } : entity;
            entity = input.Has("startsOn") ? entity with { StartsOn = input.StartsOn } : entity;
            return input.Has("endsOn") ? entity with { EndsOn = input.EndsOn } : entity;
        }

        var added = WriteRequestBuilder.AddEntity(request, Apply(new Campaign(input.Key, input.Title)), Apply, field);
        AddOutgoing(request, input, "programmeKey", input.ProgrammeKey is { } programme ? [programme] : null, RelationshipType.PartOf, field, single: true);
        AddOutgoing(request, input, "advocatesToKeys", input.AdvocatesToKeys, RelationshipType.AdvocatesTo, field, single: false);
        AddOutgoing(request, input, "respondsToKeys", input.RespondsToKeys, RelationshipType.RespondsTo, field, single: false);
        AddIncoming(request, input.RunByKeys, RelationshipType.Runs, input.Key, $"{field}.runByKeys");
        return added;
    }

    public static ActionItem Add(WriteRequest request, UpsertActionItemInput input, string field)
    {
        ActionItem Apply(ActionItem basis)
        {
            var entity = WriteRequestBuilder.Provenance(input, basis with { Title = input.Title });
            entity = input.Has("dueOn") ? entity with { DueOn = input.DueOn } : entity;
            return input.Has("status") ? entity with { Status = input.Status ?? ActionItemStatus.Open } : entity;
        }

        var added = WriteRequestBuilder.AddEntity(request, Apply(new ActionItem(input.Key, input.Title)), Apply, field);
        AddOutgoing(request, input, "partOfKey", input.PartOfKey is { } whole ? [whole] : null, RelationshipType.PartOf, field, single: true);
        AddIncoming(request, input.OwnerKeys, RelationshipType.Owns, input.Key, $"{field}.ownerKeys");
        return added;
    }

    /// <summary>Left out: the stored links stay. Given: they replace the earlier links of the type. Null: they are removed.</summary>
    private static void AddOutgoing(WriteRequest request, EntityInput input, string name, List<string>? targets, RelationshipType type, string field, bool single)
    {
        if (!input.Has(name))
        {
            return;
        }

        var path = $"{field}.{name}";
        targets ??= [];
        for (var i = 0; i < targets.Count; i++)
        {
            request.Relationships.Add(new Located<Relationship>(new Relationship(input.Key, type, targets[i]), single ? path : $"{path}.{i}", IsShorthand: true));
        }

        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(input.Key, new HashSet<RelationshipType> { type }));
    }

    private static void AddIncoming(WriteRequest request, List<string>? sources, RelationshipType type, string key, string path)
    {
        for (var i = 0; i < (sources?.Count ?? 0); i++)
        {
            request.Relationships.Add(new Located<Relationship>(new Relationship(sources![i], type, key), $"{path}.{i}", IsShorthand: true));
        }
    }
}
