using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL.Writing;

/// <summary>
/// Maps the alliance-work inputs onto a <see cref="WriteRequest"/>. Outgoing shorthands (<c>programmeKey</c>,
/// <c>heldInKey</c>, <c>advocatesToKeys</c>, <c>respondsToKeys</c>, <c>partOfKey</c>) replace the earlier links of
/// their type when given; incoming ones (<c>organiserKeys</c>, <c>runByKeys</c>, <c>ownerKeys</c>) add links, since
/// they belong to the organisations (remove one with <c>unrelate</c>).
/// </summary>
internal static class AllianceWorkRequestBuilder
{
    public static Programme Add(WriteRequest request, UpsertProgrammeInput input, string field)
    {
        var entity = new Programme(input.Key, input.Title) { StartsOn = input.StartsOn, EndsOn = input.EndsOn, Summary = input.Summary };
        entity = WithProvenance(entity, input);
        request.Entities.Add(new Located<Entity>(entity, field));
        AddIncoming(request, input.OrganiserKeys, RelationshipType.Organises, input.Key, $"{field}.organiserKeys");
        return entity;
    }

    public static Camp Add(WriteRequest request, UpsertCampInput input, string field)
    {
        var entity = WithProvenance(
            new Camp(input.Key, input.Title) { City = input.City, StartsOn = input.StartsOn, EndsOn = input.EndsOn, Topic = input.Topic },
            input);
        request.Entities.Add(new Located<Entity>(entity, field));
        AddOutgoing(request, input.Key, input.ProgrammeKey is { } programme ? [programme] : null, RelationshipType.PartOf, $"{field}.programmeKey", single: true);
        AddOutgoing(request, input.Key, input.HeldInKey is { } place ? [place] : null, RelationshipType.HeldIn, $"{field}.heldInKey", single: true);
        return entity;
    }

    public static Campaign Add(WriteRequest request, UpsertCampaignInput input, string field)
    {
        var entity = WithProvenance(
            new Campaign(input.Key, input.Title) { Goal = input.Goal, Status = input.Status, StartsOn = input.StartsOn, EndsOn = input.EndsOn },
            input);
        request.Entities.Add(new Located<Entity>(entity, field));
        AddOutgoing(request, input.Key, input.ProgrammeKey is { } programme ? [programme] : null, RelationshipType.PartOf, $"{field}.programmeKey", single: true);
        AddOutgoing(request, input.Key, input.AdvocatesToKeys, RelationshipType.AdvocatesTo, $"{field}.advocatesToKeys", single: false);
        AddOutgoing(request, input.Key, input.RespondsToKeys, RelationshipType.RespondsTo, $"{field}.respondsToKeys", single: false);
        AddIncoming(request, input.RunByKeys, RelationshipType.Runs, input.Key, $"{field}.runByKeys");
        return entity;
    }

    public static ActionItem Add(WriteRequest request, UpsertActionItemInput input, string field)
    {
        var entity = WithProvenance(new ActionItem(input.Key, input.Title) { DueOn = input.DueOn, Status = input.Status }, input);
        request.Entities.Add(new Located<Entity>(entity, field));
        AddOutgoing(request, input.Key, input.PartOfKey is { } whole ? [whole] : null, RelationshipType.PartOf, $"{field}.partOfKey", single: true);
        AddIncoming(request, input.OwnerKeys, RelationshipType.Owns, input.Key, $"{field}.ownerKeys");
        return entity;
    }

    private static T WithProvenance<T>(T entity, EntityInput input)
        where T : Entity =>
        entity with { Source = input.Source, Confidence = input.Confidence, ValidFrom = input.ValidFrom, ValidTo = input.ValidTo };

    private static void AddOutgoing(WriteRequest request, string key, List<string>? targets, RelationshipType type, string path, bool single)
    {
        if (targets is null)
        {
            return;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            request.Relationships.Add(new Located<Relationship>(new Relationship(key, type, targets[i]), single ? path : $"{path}.{i}", IsShorthand: true));
        }

        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(key, new HashSet<RelationshipType> { type }));
    }

    private static void AddIncoming(WriteRequest request, List<string>? sources, RelationshipType type, string key, string path)
    {
        for (var i = 0; i < (sources?.Count ?? 0); i++)
        {
            request.Relationships.Add(new Located<Relationship>(new Relationship(sources![i], type, key), $"{path}.{i}", IsShorthand: true));
        }
    }
}
