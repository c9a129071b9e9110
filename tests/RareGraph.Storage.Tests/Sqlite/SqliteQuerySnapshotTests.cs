using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;
using Snapshooter;
using Snapshooter.Xunit;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The SQL the SQLite store builds for a request, beside the request and the answer over <see cref="SampleGraph"/>, in
/// one reviewed file per query: a change to a query builder shows up as a diff of its SQL and of what it returns.
/// </summary>
public sealed class SqliteQuerySnapshotTests : IDisposable
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Converters = { new StringEnumConverter() },
        NullValueHandling = NullValueHandling.Ignore,
    });

    private readonly TemporaryDatabase _database = new();
    private readonly JArray _sql = [];

    [Fact]
    public async Task Threats_Of_High_Severity_Or_Worse_Newest_First()
    {
        var snapshot = Snapshot.FullName();
        var store = await OpenAsync();

        var page = await store.ListEntitiesAsync(
            new EntityQuery(
                EntityLabel.Threat,
                new FieldFilter(EntityField.Severity, FilterOperator.GreaterThanOrEqual, ["High"]),
                [new SortSpec(EntityField.OccurredOn, Descending: true)],
                null,
                Backward: false,
                Limit: 10),
            default);

        Match(snapshot, "threats where severity >= High order by occurredOn desc, first 10", page);
    }

    [Fact]
    public async Task Organisations_By_Name_After_A_Position_Whose_Name_Contains_A_Wildcard()
    {
        var snapshot = Snapshot.FullName();
        var store = await OpenAsync();

        var page = await store.ListEntitiesAsync(
            new EntityQuery(
                EntityLabel.Organisation,
                new AnyOfFilter(
                [
                    new FieldFilter(EntityField.Name, FilterOperator.Contains, ["_100%"]),
                    new FieldFilter(EntityField.Kind, FilterOperator.In, ["Media", "Government"]),
                ]),
                [new SortSpec(EntityField.Name)],
                new KeysetPosition(["Civic Watch"], "o-ngo"),
                Backward: false,
                Limit: 5),
            default);

        Match(snapshot, "organisations where name contains \"_100%\" or kind in [Media, Government] order by name, after (Civic Watch, o-ngo), first 5", page);
    }

    [Fact]
    public async Task Threat_Counts_By_Year_And_Jurisdiction()
    {
        var snapshot = Snapshot.FullName();
        var store = await OpenAsync();

        var buckets = await store.CountThreatsByAsync(null, [ThreatDimension.Year, ThreatDimension.Jurisdiction], default);

        Match(snapshot, "count threats by year and jurisdiction", buckets);
    }

    [Fact]
    public async Task Relationships_Of_Two_Types_At_A_Date_After_A_Position()
    {
        var snapshot = Snapshot.FullName();
        var store = await OpenAsync();

        var page = await store.ListRelationshipsAsync(
            new RelationshipListQuery(
                new RelationshipFilter { Types = [RelationshipType.BasedIn, RelationshipType.AffiliatedWith], At = new DateOnly(2024, 6, 1) },
                new RelationshipKey("d-falcon", RelationshipType.AffiliatedWith, "o-ngo"),
                Backward: false,
                Limit: 10),
            default);

        Match(snapshot, "relationships of types [BASED_IN, AFFILIATED_WITH] at 2024-06-01, after d-falcon AFFILIATED_WITH o-ngo, first 10", page);
    }

    public void Dispose() => _database.Dispose();

    private async Task<SqliteGraphStore> OpenAsync()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities, SampleGraph.Relationships), 0, default);
        store.QueryPrepared = Record;
        return store;
    }

    private void Record(SqliteCommand command) =>
        _sql.Add(new JObject
        {
            ["sql"] = command.CommandText,
            ["parameters"] = new JObject(command.Parameters.Cast<SqliteParameter>().Select(p => new JProperty(p.ParameterName, p.Value is null or DBNull ? JValue.CreateNull() : JToken.FromObject(p.Value, Serializer)))),
        });

    private void Match(SnapshotFullName name, string request, object response) =>
        Snapshot.Match(
            new JObject
            {
                ["request"] = request,
                ["sql"] = _sql,
                ["response"] = JToken.FromObject(response, Serializer),
            },
            name);
}
