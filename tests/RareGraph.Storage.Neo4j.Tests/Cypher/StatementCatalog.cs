using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Every statement the adapter can send, captured from the wire while every store method runs against the fake server:
/// each label, each filter field with each operator, every relationship type and direction, every sort forwards and
/// backwards from a position, single and batched writes with their audit entry, the audit trail and issued keys.
/// </summary>
internal static class StatementCatalog
{
    /// <summary>A value that must only ever travel as a parameter.</summary>
    public const string Sentinel = "O'Brien\" } DETACH DELETE n //";

    public static async Task<IReadOnlyList<string>> CaptureAsync(FakeNeo4jHandler? recorder = null)
    {
        var handler = recorder ?? new FakeNeo4jHandler();
        var store = StoreFactory.Create(handler, o => o.WriteBatchSize = 1);
        var none = CancellationToken.None;

        await store.InitializeAsync(none);
        await store.GetVersionAsync(none);
        await store.GetEntitiesAsync([Sentinel], none);
        await store.GetRelationshipsAsync([new RelationshipKey(Sentinel, RelationshipType.Governs, "b")], none);
        foreach (var direction in Enum.GetValues<RelationshipDirection>())
        {
            await store.GetRelationshipsOfAsync([Sentinel], direction, null, none);
            await store.GetRelationshipsOfAsync([Sentinel], direction, [RelationshipType.BasedIn], none);
        }

        foreach (var direction in Enum.GetValues<RelationshipDirection>())
        {
            foreach (var backward in new[] { false, true })
            {
                await store.GetRelationshipPagesAsync(new RelationshipPageQuery([Sentinel], direction, null, null, null, backward, 3), none);
                await store.GetRelationshipPagesAsync(
                    new RelationshipPageQuery([Sentinel], direction, [RelationshipType.BasedIn], new DateOnly(2024, 1, 1), new RelationshipKey(Sentinel, RelationshipType.PartnersWith, Sentinel), backward, 3),
                    none);
            }
        }

        await foreach (var _ in store.ScanEntitiesAsync(none))
        {
        }

        await foreach (var _ in store.ScanRelationshipsAsync(none))
        {
        }

        var write = new GraphWrite(
            [new RelationshipKey("a", RelationshipType.Cited, "b")],
            [Sentinel],
            [new Organisation(Sentinel, Sentinel, OrganisationKind.Ngo)],
            [new Relationship(Sentinel, RelationshipType.MemberOf, "c")],
            new AuditRecord(Sentinel, Sentinel, DateTimeOffset.UnixEpoch, [new AuditedChange(AuditSubject.Entity, Sentinel, null, Sentinel)]));
        await store.ApplyAsync(write, 0, none);
        await StoreFactory.Create(handler).ApplyAsync(write, 0, none);
        await using (var import = await store.BeginImportAsync(none))
        {
            await import.UpsertEntitiesAsync(write.UpsertedEntities, none);
            await import.UpsertRelationshipsAsync(write.UpsertedRelationships, none);
            await import.CommitAsync(write.Audit!, none);
        }

        await store.AuditTrail.ListAsync(new AuditQuery(10), none);
        await store.AuditTrail.ListAsync(new AuditQuery(10, 5, Sentinel, Sentinel), none);
        await store.AuditTrail.CountAsync(Sentinel, Sentinel, none);
        var keyAudit = new AuditRecord(Sentinel, Sentinel, DateTimeOffset.UnixEpoch, [new AuditedChange(AuditSubject.ApiKey, Sentinel, null, Sentinel)]);
        await store.IssuedKeys.AddAsync(new IssuedKey(Sentinel, Sentinel, Sentinel, DateTimeOffset.UnixEpoch, Sentinel), keyAudit, none);
        await store.IssuedKeys.FindByHashAsync(Sentinel, none);
        await store.IssuedKeys.ListAsync(none);
        await store.IssuedKeys.RevokeAsync(Sentinel, DateTimeOffset.UnixEpoch, Sentinel, keyAudit, none);

        // Filters are combined into a few statements: the linter costs up to a few hundred ms a statement, and a
        // fragment parses the same whichever conjunction it sits in.
        foreach (var (label, filter) in Filters())
        {
            await store.CountEntitiesAsync(label, filter, none);
        }

        foreach (var label in Enum.GetValues<EntityLabel>())
        {
            await store.ListEntitiesAsync(new EntityQuery(label, Filters().Last().Filter, [], null, false, 10), none);
            // Every sortable field of the label in one order, directions alternating, from a position and without.
            var fields = SortableFields(label).ToList();
            var sort = fields.Select((field, i) => new SortSpec(field, Descending: i % 2 == 1)).ToList();
            var position = new KeysetPosition([.. fields.Select(SampleSortValue)], Sentinel);
            foreach (var backward in new[] { false, true })
            {
                await store.ListEntitiesAsync(new EntityQuery(label, null, sort, position, backward, 10), none);
            }

            await store.ListEntitiesAsync(new EntityQuery(label, null, sort, null, true, 10), none);
        }

        await store.CountThreatsByAsync(null, [], none);
        await store.CountThreatsByAsync(Filters().Last().Filter, Enum.GetValues<ThreatDimension>(), none);
        await store.ListRelationshipsAsync(new RelationshipListQuery(null, null, false, 3), none);
        await store.ListRelationshipsAsync(new RelationshipListQuery(null, null, true, 3), none);
        foreach (var backward in new[] { false, true })
        {
            await store.ListRelationshipsAsync(
                new RelationshipListQuery(
                    new RelationshipFilter
                    {
                        Types = [RelationshipType.BasedIn],
                        FromKeys = [Sentinel],
                        ToKeys = [Sentinel],
                        Keys = [Sentinel],
                        At = new DateOnly(2024, 1, 1),
                        MinConfidence = 0.5,
                        SourceEquals = Sentinel,
                        SourceContains = Sentinel,
                    },
                    new RelationshipKey(Sentinel, RelationshipType.PartnersWith, Sentinel),
                    backward,
                    3),
                none);
        }

        await store.CountRelationshipsByAsync(null, [], none);
        await store.CountRelationshipsByAsync(
            new RelationshipFilter
            {
                Types = [RelationshipType.BasedIn],
                FromKeys = [Sentinel],
                ToKeys = [Sentinel],
                Keys = [Sentinel],
                At = new DateOnly(2024, 1, 1),
                MinConfidence = 0.5,
                SourceEquals = Sentinel,
                SourceContains = Sentinel,
            },
            Enum.GetValues<RelationshipDimension>(),
            none);

        // The name backfill writes only when the read finds unfolded nodes: give it one.
        var unfolded = new FakeNeo4jHandler().Then(
            System.Net.HttpStatusCode.Accepted,
            """{"data":{"fields":["key","name"],"values":[[{"$type":"String","_value":"o-a"},{"$type":"String","_value":"Átlátszó"}]]},"bookmarks":["FB:r"]}""");
        await StoreFactory.Create(unfolded).FoldStoredNamesAsync(none);

        return [.. handler.Statements.Concat(unfolded.Statements).Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<(EntityLabel Label, EntityFilter? Filter)> Filters()
    {
        yield return (EntityLabel.Organisation, null);
        foreach (var field in Enum.GetValues<EntityField>())
        {
            var label = Enum.GetValues<EntityLabel>().First(l => FieldApplicability.AppliesTo(field, l));
            yield return (label, new AllOfFilter([.. Enum.GetValues<FilterOperator>().Select(op => new FieldFilter(field, op, [SampleFilterValue(field, op)]))]));
        }

        foreach (var direction in Enum.GetValues<RelationshipDirection>())
        {
            yield return (EntityLabel.Threat, new AnyOfFilter([.. Enum.GetValues<RelationshipType>().Select(type => new HasRelationshipFilter(type, direction, null))]));
            yield return (EntityLabel.Threat, new HasRelationshipFilter(RelationshipType.Targets, direction, Sentinel));
        }

        var name = new FieldFilter(EntityField.Name, FilterOperator.Contains, [Sentinel]);
        yield return (EntityLabel.Defender, new AllOfFilter([]));
        yield return (EntityLabel.Defender, new AnyOfFilter([]));
        yield return (EntityLabel.Defender, new NotFilter(new AllOfFilter([name, new AnyOfFilter([name, new NotFilter(name), new AllOfFilter([])])])));
    }

    private static object SampleFilterValue(EntityField field, FilterOperator op) => field switch
    {
        EntityField.OccurredOn => new DateOnly(2024, 1, 1),
        EntityField.Severity or EntityField.RiskLevel => nameof(Severity.High),
        EntityField.Polarity => nameof(EventPolarity.Protective),
        EntityField.Confidence => 0.6,
        _ when op is FilterOperator.Contains or FilterOperator.StartsWith => Sentinel,
        _ => Sentinel,
    };

    private static IEnumerable<EntityField> SortableFields(EntityLabel label) => label switch
    {
        EntityLabel.Jurisdiction => [EntityField.Key, EntityField.Name, EntityField.Kind, EntityField.Code],
        EntityLabel.Organisation => [EntityField.Key, EntityField.Name, EntityField.Kind],
        EntityLabel.Defender => [EntityField.Key, EntityField.Name, EntityField.RiskLevel],
        EntityLabel.Threat => [EntityField.Key, EntityField.Name, EntityField.Category, EntityField.OccurredOn, EntityField.Severity],
        _ => [EntityField.Key, EntityField.Name],
    };

    private static object SampleSortValue(EntityField field) => field switch
    {
        EntityField.OccurredOn => new DateOnly(2024, 1, 1),
        EntityField.Severity or EntityField.RiskLevel => 2,
        _ => Sentinel,
    };
}
