using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.DemoData.Seeding;

/// <summary>
/// Turns the seed files into one <see cref="WriteRequest"/>. Every item's field names the seed file and index it came
/// from (<c>demo.organisations.3</c>, <c>demo.organisations.3.basedIn</c>), so a validation error points at the seed.
/// </summary>
internal sealed partial class DemoRequestBuilder
{
    private readonly WriteRequest _request = new(DemoDataSet.OperationName);

    public WriteRequest Build()
    {
        AddJurisdictions(SeedFiles.Jurisdictions());
        AddOrganisations(SeedFiles.Organisations(), "demo.organisations");
        AddOrganisations(SeedFiles.Actors(), "demo.actors");
        AddThreats(SeedFiles.Threats());
        AddLineage(SeedFiles.Lineage());
        var illustrative = SeedFiles.Illustrative();
        AddOrganisations(illustrative.Organisations, "demo.illustrative.organisations", illustrative: true);
        AddDefenders(illustrative.Defenders);
        AddIllustrativeRelationships(illustrative.Relationships, "demo.illustrative.relationships");
        AddAllianceWork(SeedFiles.AllianceWork());
        return _request;
    }

    private void AddJurisdictions(IReadOnlyList<JurisdictionSeed> seeds)
    {
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var field = $"demo.jurisdictions.{i}";
            var kind = SeedEnums.Parse<JurisdictionKind>(seed.Kind, field);
            AddEntity(new Jurisdiction(seed.Key, seed.Name, seed.Code, kind) { Tags = seed.Tags, Source = seed.Source }, field);
        }
    }

    private void AddOrganisations(IReadOnlyList<OrganisationSeed> seeds, string fieldPrefix, bool illustrative = false)
    {
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var field = $"{fieldPrefix}.{i}";
            var kind = SeedEnums.Parse<OrganisationKind>(seed.Kind, field);
            var organisation = new Organisation(seed.Key, seed.Name, kind)
            {
                Website = seed.Website,
                Tags = seed.Tags,
                Source = illustrative ? DemoDataSet.IllustrativeSource : seed.Source,
                Confidence = illustrative ? DemoDataSet.MaxIllustrativeConfidence : null,
                ValidFrom = seed.ValidFrom,
            };
            AddEntity(organisation, field);
            if (seed.BasedIn is not null)
            {
                AddRelationship(Documented(seed.Key, RelationshipType.BasedIn, seed.BasedIn, seed.Source), $"{field}.basedIn");
            }

            if (seed.Governs is not null)
            {
                AddRelationship(Documented(seed.Key, RelationshipType.Governs, seed.Governs, seed.Source), $"{field}.governs");
            }
        }
    }

    private void AddThreats(IReadOnlyList<ThreatSeed> seeds)
    {
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var field = $"demo.threats.{i}";
            var threat = new Threat(seed.Key, seed.Title, SeedEnums.Parse<ThreatCategory>(seed.Category, field), seed.OccurredOn)
            {
                DatePrecision = SeedEnums.Parse<DatePrecision>(seed.DatePrecision, field),
                Severity = SeedEnums.Parse<Severity>(seed.Severity, field),
                Summary = seed.Summary,
                Sources = seed.Sources,
                Polarity = SeedEnums.Parse<EventPolarity>(seed.Polarity, field),
                Source = string.Join(" ; ", seed.Sources),
            };
            AddEntity(threat, field);
            var source = threat.Source;
            AddRelationship(Documented(seed.Key, RelationshipType.OccurredIn, seed.OccurredIn, source), $"{field}.occurredIn");
            for (var t = 0; t < seed.Targets.Count; t++)
            {
                AddRelationship(Documented(seed.Key, RelationshipType.Targets, seed.Targets[t], source), $"{field}.targets.{t}");
            }

            for (var a = 0; a < seed.InitiatedBy.Count; a++)
            {
                var actor = seed.InitiatedBy[a];
                var initiatorSource = actor.Why is null ? source : $"{source} — {actor.Why}";
                var initiator = Documented(seed.Key, RelationshipType.InitiatedBy, actor.Key, initiatorSource) with { Confidence = actor.Confidence ?? 1.0 };
                AddRelationship(initiator, $"{field}.initiatedBy.{a}");
            }
        }
    }

    private void AddLineage(IReadOnlyList<LineageSeed> seeds)
    {
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var field = $"demo.lineage.{i}";
            var relationship = new Relationship(seed.Later, SeedEnums.Parse<RelationshipType>(seed.Type, field), seed.Earlier)
            {
                Source = $"{seed.Source} — evidence: {seed.Evidence}",
                Confidence = seed.Confidence,
            };
            AddRelationship(relationship, field);
        }
    }

    private void AddDefenders(IReadOnlyList<DefenderSeed> seeds)
    {
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var field = $"demo.illustrative.defenders.{i}";
            var risk = seed.RiskLevel is null ? (Severity?)null : SeedEnums.Parse<Severity>(seed.RiskLevel, field);
            var defender = new Defender(seed.Key, seed.Pseudonym)
            {
                Restricted = new DefenderRestrictedData(seed.LegalName, seed.Contact, seed.Location, risk),
                Source = DemoDataSet.IllustrativeSource,
                Confidence = DemoDataSet.MaxIllustrativeConfidence,
            };
            AddEntity(defender, field);
        }
    }

    private void AddIllustrativeRelationships(IReadOnlyList<RelationshipSeed> seeds, string fieldPrefix)
    {
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var field = $"{fieldPrefix}.{i}";
            var confidence = seed.Confidence ?? DemoDataSet.MaxIllustrativeConfidence;
            if (confidence > DemoDataSet.MaxIllustrativeConfidence)
            {
                throw new InvalidOperationException(
                    $"Seed field {field}: an illustrative link may not claim a confidence above {DemoDataSet.MaxIllustrativeConfidence}.");
            }

            var relationship = new Relationship(seed.From, SeedEnums.Parse<RelationshipType>(seed.Type, field), seed.To)
            {
                Strength = seed.Strength ?? Relationship.DefaultStrength,
                ValidFrom = seed.ValidFrom,
                ValidTo = seed.ValidTo,
                Source = seed.Why is null ? DemoDataSet.IllustrativeSource : $"{DemoDataSet.IllustrativeSource}: {seed.Why}",
                Confidence = confidence,
            };
            AddRelationship(relationship, field);
        }
    }

    private static Relationship Documented(string from, RelationshipType type, string to, string? source) =>
        new(from, type, to) { Source = source, Confidence = 1.0 };

    private void AddEntity(Entity entity, string field) => _request.Entities.Add(new Located<Entity>(entity, field));

    private void AddRelationship(Relationship relationship, string field) =>
        _request.Relationships.Add(new Located<Relationship>(relationship, field));
}
