using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL.Writing;

/// <summary>Maps mutation inputs onto the domain's <see cref="WriteRequest"/>, keeping each item's input path.</summary>
/// <remarks>
/// Every upsert follows one rule (<see cref="PartialInput"/>): each item is written as the stored value with the given
/// fields applied (<see cref="Located{T}.OntoStored"/>), or, when nothing is stored under its identity, as a new value
/// with the given fields on the defaults. The shorthand relationships follow it too: <c>basedInKey</c>,
/// <c>jurisdictionKey</c> and <c>targetKeys</c> left out keep the stored relationships, null removes them.
/// </remarks>
internal static class WriteRequestBuilder
{
    private static readonly HashSet<RelationshipType> BaseTypes = [RelationshipType.BasedIn];
    private static readonly HashSet<RelationshipType> PlaceTypes = [RelationshipType.OccurredIn];
    private static readonly HashSet<RelationshipType> TargetTypes = [RelationshipType.Targets];
    private static readonly HashSet<RelationshipType> InitiatorTypes = [RelationshipType.InitiatedBy];

    public static Jurisdiction Add(WriteRequest request, UpsertJurisdictionInput input, string field)
    {
        Jurisdiction Apply(Jurisdiction basis)
        {
            var entity = Provenance(input, basis with { DisplayName = input.Name, Code = input.Code });
            entity = input.Has("kind") ? entity with { Kind = input.Kind ?? JurisdictionKind.Country } : entity;
            return input.Has("tags") ? entity with { Tags = input.Tags ?? [] } : entity;
        }

        return AddEntity(request, Apply(new Jurisdiction(input.Key, input.Name, input.Code, JurisdictionKind.Country)), Apply, field);
    }

    /// <summary><c>basedInKey</c> is shorthand for the one BASED_IN relationship (strength 1, open validity).</summary>
    public static Organisation Add(WriteRequest request, UpsertOrganisationInput input, string field)
    {
        Organisation Apply(Organisation basis)
        {
            var entity = Provenance(input, basis with { DisplayName = input.Name, Kind = input.Kind });
            entity = input.Has("website") ? entity with { Website = input.Website } : entity;
            return input.Has("tags") ? entity with { Tags = input.Tags ?? [] } : entity;
        }

        var added = AddEntity(request, Apply(new Organisation(input.Key, input.Name, input.Kind)), Apply, field);
        AddBase(request, input, input.Key, input.BasedInKey, field);
        return added;
    }

    public static Defender Add(WriteRequest request, UpsertDefenderInput input, string field)
    {
        Defender Apply(Defender basis)
        {
            var restricted = basis.Restricted;
            restricted = input.Has("legalName") ? restricted with { LegalName = input.LegalName } : restricted;
            restricted = input.Has("contact") ? restricted with { Contact = input.Contact } : restricted;
            restricted = input.Has("location") ? restricted with { Location = input.Location } : restricted;
            restricted = input.Has("riskLevel") ? restricted with { RiskLevel = input.RiskLevel } : restricted;
            return Provenance(input, basis with { Pseudonym = input.DisplayName, Restricted = restricted });
        }

        var added = AddEntity(request, Apply(new Defender(input.Key, input.DisplayName)), Apply, field);
        AddBase(request, input, input.Key, input.BasedInKey, field);
        return added;
    }

    /// <summary>A threat's OCCURRED_IN and TARGETS relationships are replaced by the ones given.</summary>
    public static Threat Add(WriteRequest request, RecordThreatInput input, string field)
    {
        Threat Apply(Threat basis)
        {
            var entity = Provenance(input, basis with { Title = input.Title, Category = input.Category, OccurredOn = input.OccurredOn });
            entity = input.Has("polarity") ? entity with { Polarity = input.Polarity ?? EventPolarity.Restrictive } : entity;
            entity = input.Has("datePrecision") ? entity with { DatePrecision = input.DatePrecision ?? DatePrecision.Day } : entity;
            entity = input.Has("severity") ? entity with { Severity = input.Severity ?? Severity.Medium } : entity;
            entity = input.Has("summary") ? entity with { Summary = input.Summary } : entity;
            return input.Has("sources") ? entity with { Sources = input.Sources ?? [] } : entity;
        }

        var added = AddEntity(request, Apply(new Threat(input.Key, input.Title, input.Category, input.OccurredOn)), Apply, field);
        if (input.Has("jurisdictionKey"))
        {
            if (input.JurisdictionKey is not null)
            {
                request.Relationships.Add(new Located<Relationship>(
                    new Relationship(input.Key, RelationshipType.OccurredIn, input.JurisdictionKey),
                    $"{field}.jurisdictionKey",
                    IsShorthand: true));
            }

            request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(input.Key, PlaceTypes));
        }

        if (input.Has("targetKeys"))
        {
            var targets = input.TargetKeys ?? [];
            for (var i = 0; i < targets.Count; i++)
            {
                request.Relationships.Add(new Located<Relationship>(
                    new Relationship(input.Key, RelationshipType.Targets, targets[i]),
                    $"{field}.targetKeys.{i}",
                    IsShorthand: true));
            }

            request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(input.Key, TargetTypes));
        }

        AddInitiators(request, input, field);
        return added;
    }

    /// <summary>Given initiators replace the earlier ones; left out, the earlier ones stay (they are often added later, by relate).</summary>
    private static void AddInitiators(WriteRequest request, RecordThreatInput input, string field)
    {
        if (!input.Has("initiatedByKeys"))
        {
            return;
        }

        var initiators = input.InitiatedByKeys ?? [];
        for (var i = 0; i < initiators.Count; i++)
        {
            request.Relationships.Add(new Located<Relationship>(
                new Relationship(input.Key, RelationshipType.InitiatedBy, initiators[i]),
                $"{field}.initiatedByKeys.{i}",
                IsShorthand: true));
        }

        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(input.Key, InitiatorTypes));
    }

    /// <summary>The provenance and validity fields every entity input shares, by the same rule.</summary>
    internal static T Provenance<T>(EntityInput input, T entity)
        where T : Entity
    {
        entity = input.Has("source") ? entity with { Source = input.Source } : entity;
        entity = input.Has("confidence") ? entity with { Confidence = input.Confidence } : entity;
        entity = input.Has("validFrom") ? entity with { ValidFrom = input.ValidFrom } : entity;
        return input.Has("validTo") ? entity with { ValidTo = input.ValidTo } : entity;
    }

    public static Relationship Add(WriteRequest request, RelateInput input, string field)
    {
        Relationship Apply(Relationship basis)
        {
            var applied = input.Has("strength") ? basis with { Strength = input.Strength ?? Relationship.DefaultStrength } : basis;
            applied = input.Has("validFrom") ? applied with { ValidFrom = input.ValidFrom } : applied;
            applied = input.Has("validTo") ? applied with { ValidTo = input.ValidTo } : applied;
            applied = input.Has("source") ? applied with { Source = input.Source } : applied;
            applied = input.Has("confidence") ? applied with { Confidence = input.Confidence } : applied;
            return input.Has("role") ? applied with { Role = input.Role } : applied;
        }

        var relationship = Apply(new Relationship(input.FromKey, input.Type, input.ToKey));
        request.Relationships.Add(new Located<Relationship>(relationship, field) { OntoStored = Apply });
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

    /// <summary>
    /// Adds <paramref name="entity"/>, which is written as it is when its key is new; over a stored entity of the same
    /// label, <paramref name="apply"/> writes only the given fields.
    /// </summary>
    internal static T AddEntity<T>(WriteRequest request, T entity, Func<T, T> apply, string field)
        where T : Entity
    {
        request.Entities.Add(new Located<Entity>(entity, field) { OntoStored = stored => stored is T same ? apply(same) : entity });
        return entity;
    }

    private static void AddBase(WriteRequest request, PartialInput input, string key, string? basedInKey, string field)
    {
        if (!input.Has("basedInKey"))
        {
            return;
        }

        if (basedInKey is not null)
        {
            request.Relationships.Add(new Located<Relationship>(new Relationship(key, RelationshipType.BasedIn, basedInKey), $"{field}.basedInKey", IsShorthand: true));
        }

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
