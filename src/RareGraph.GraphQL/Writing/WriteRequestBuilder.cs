using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL.Writing;

/// <summary>Maps mutation inputs onto the domain's <see cref="WriteRequest"/>, keeping each item's input path.</summary>
internal static class WriteRequestBuilder
{
    private static readonly HashSet<RelationshipType> BaseTypes = [RelationshipType.BasedIn];
    private static readonly HashSet<RelationshipType> SeedTypes = [RelationshipType.OccurredIn, RelationshipType.Targets];
    private static readonly HashSet<RelationshipType> InitiatorTypes = [RelationshipType.InitiatedBy];

    public static Jurisdiction Add(WriteRequest request, UpsertJurisdictionInput input, string field)
    {
        var entity = new Jurisdiction(input.Key, input.Name, input.Code, input.Kind)
        {
            Tags = input.Tags ?? [],
            Source = input.Source,
            Confidence = input.Confidence,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        request.Entities.Add(new Located<Entity>(entity, field));
        return entity;
    }

    /// <summary><c>basedInKey</c> is shorthand for the one BASED_IN relationship (strength 1, open validity).</summary>
    public static Organisation Add(WriteRequest request, UpsertOrganisationInput input, string field)
    {
        var entity = new Organisation(input.Key, input.Name, input.Kind)
        {
            Website = input.Website,
            Tags = input.Tags ?? [],
            Source = input.Source,
            Confidence = input.Confidence,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        request.Entities.Add(new Located<Entity>(entity, field));
        AddBase(request, input.Key, input.BasedInKey, field);
        return entity;
    }

    public static Defender Add(WriteRequest request, UpsertDefenderInput input, string field)
    {
        var entity = new Defender(input.Key, input.DisplayName)
        {
            Restricted = new DefenderRestrictedData(input.LegalName, input.Contact, input.Location, input.RiskLevel),
            Source = input.Source,
            Confidence = input.Confidence,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        request.Entities.Add(new Located<Entity>(entity, field));
        AddBase(request, input.Key, input.BasedInKey, field);
        return entity;
    }

    /// <summary>A threat's OCCURRED_IN and TARGETS relationships are replaced by the ones given.</summary>
    public static Threat Add(WriteRequest request, RecordThreatInput input, string field)
    {
        var entity = new Threat(input.Key, input.Title, input.Category, input.OccurredOn)
        {
            DatePrecision = input.DatePrecision,
            Severity = input.Severity,
            Summary = input.Summary,
            Sources = input.Sources ?? [],
            Polarity = input.Polarity,
            Source = input.Source,
            Confidence = input.Confidence,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        request.Entities.Add(new Located<Entity>(entity, field));
        if (input.JurisdictionKey is not null)
        {
            request.Relationships.Add(new Located<Relationship>(
                new Relationship(input.Key, RelationshipType.OccurredIn, input.JurisdictionKey),
                $"{field}.jurisdictionKey",
                IsShorthand: true));
        }

        var targets = input.TargetKeys ?? [];
        for (var i = 0; i < targets.Count; i++)
        {
            request.Relationships.Add(new Located<Relationship>(
                new Relationship(input.Key, RelationshipType.Targets, targets[i]),
                $"{field}.targetKeys.{i}",
                IsShorthand: true));
        }

        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(input.Key, SeedTypes));
        AddInitiators(request, input, field);
        return entity;
    }

    /// <summary>Given initiators replace the earlier ones; omitted, the earlier ones stay (they are often added later, by relate).</summary>
    private static void AddInitiators(WriteRequest request, RecordThreatInput input, string field)
    {
        if (input.InitiatedByKeys is not { } initiators)
        {
            return;
        }

        for (var i = 0; i < initiators.Count; i++)
        {
            request.Relationships.Add(new Located<Relationship>(
                new Relationship(input.Key, RelationshipType.InitiatedBy, initiators[i]),
                $"{field}.initiatedByKeys.{i}",
                IsShorthand: true));
        }

        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(input.Key, InitiatorTypes));
    }

    public static Relationship Add(WriteRequest request, RelateInput input, string field)
    {
        var relationship = new Relationship(input.FromKey, input.Type, input.ToKey)
        {
            Strength = input.Strength,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
            Source = input.Source,
            Confidence = input.Confidence,
            Role = input.Role,
        };
        request.Relationships.Add(new Located<Relationship>(relationship, field));
        return relationship;
    }

    public static WriteRequest Import(ImportGraphInput input, string field)
    {
        var request = new WriteRequest("importGraph");
        AddAll(input.Jurisdictions, $"{field}.jurisdictions", (item, path) => Add(request, item, path));
        AddAll(input.Organisations, $"{field}.organisations", (item, path) => Add(request, item, path));
        AddAll(input.Defenders, $"{field}.defenders", (item, path) => Add(request, item, path));
        AddAll(input.Threats, $"{field}.threats", (item, path) => Add(request, item, path));
        AddAll(input.Relationships, $"{field}.relationships", (item, path) => Add(request, item, path));
        return request;
    }

    private static void AddBase(WriteRequest request, string key, string? basedInKey, string field)
    {
        if (basedInKey is null)
        {
            return;
        }

        request.Relationships.Add(new Located<Relationship>(new Relationship(key, RelationshipType.BasedIn, basedInKey), $"{field}.basedInKey", IsShorthand: true));
        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(key, BaseTypes));
    }

    private static void AddAll<T>(List<T>? items, string path, Action<T, string> add)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            add(items![i], $"{path}.{i}");
        }
    }
}
