using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RareGraph.GraphQL.Security;
using RareGraph.Server.Configuration;
using RareGraph.Server.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// Every applied mutation leaves exactly one audit entry naming its caller, with the right before and after, written
/// in the mutation's own transaction: when the entry cannot be recorded the mutation fails and changes nothing.
/// </summary>
public sealed class AuditTrailTests : IDisposable
{
    private const string EntryFields = "version actor operation changes { subject key before after }";
    private readonly RareGraphApp _app = new(demoData: false);
    private readonly string _editor = TestCallers.KeyFor(RareGraphRoles.Editor)!;

    [Fact]
    public async Task Every_Mutation_Should_Leave_Exactly_One_Entry_With_Before_And_After()
    {
        await AuditedAsync("upsertJurisdiction", """mutation { upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU" }) { graphVersion } }""",
            changes => Assert.Equal(("ENTITY", "HU", false, true), Single(changes)));
        await AuditedAsync("upsertOrganisation", """mutation { upsertOrganisation(input: { key: "org:a", name: "A", kind: NGO, basedInKey: "HU" }) { graphVersion } }""",
            changes =>
            {
                Assert.Equal(2, changes.Count);
                Assert.Contains(changes, c => Shape(c) == ("ENTITY", "org:a", false, true));
                Assert.Contains(changes, c => Shape(c) == ("RELATIONSHIP", "org:a-[BASED_IN]->HU", false, true));
            });
        await AuditedAsync("upsertOrganisation", """mutation { upsertOrganisation(input: { key: "org:a", name: "A renamed", kind: NGO }) { graphVersion } }""",
            changes =>
            {
                var change = Assert.Single(changes);
                Assert.Contains("\"A\"", (string?)change!["before"], StringComparison.Ordinal);
                Assert.Contains("\"A renamed\"", (string?)change["after"], StringComparison.Ordinal);
            });
        await AuditedAsync("upsertDefender", """mutation { upsertDefender(input: { key: "defender:x", displayName: "X (fictional)", legalName: "Audit Legal Name" }) { graphVersion } }""",
            changes => Assert.Contains("Audit Legal Name", (string?)Assert.Single(changes)!["after"], StringComparison.Ordinal));
        await AuditedAsync("recordThreat", """mutation { recordThreat(input: { key: "threat:t", title: "T", category: LEGISLATION, occurredOn: "2024-01-01", jurisdictionKey: "HU" }) { graphVersion } }""",
            changes => Assert.Equal(2, changes.Count));
        await AuditedAsync("relate", """mutation { relate(input: { fromKey: "defender:x", toKey: "org:a", type: AFFILIATED_WITH }) { graphVersion } }""",
            changes => Assert.Equal(("RELATIONSHIP", "defender:x-[AFFILIATED_WITH]->org:a", false, true), Single(changes)));
        await AuditedAsync("unrelate", """mutation { unrelate(input: { fromKey: "defender:x", toKey: "org:a", type: AFFILIATED_WITH }) { graphVersion } }""",
            changes => Assert.Equal(("RELATIONSHIP", "defender:x-[AFFILIATED_WITH]->org:a", true, false), Single(changes)));
        await AuditedAsync("deleteEntity", """mutation { deleteEntity(key: "org:a") { graphVersion } }""",
            changes =>
            {
                Assert.Contains(changes, c => Shape(c) == ("ENTITY", "org:a", true, false));
                Assert.Contains(changes, c => Shape(c) == ("RELATIONSHIP", "org:a-[BASED_IN]->HU", true, false));
            });
        await AuditedAsync("importGraph", """mutation { importGraph(input: { jurisdictions: [{ key: "PL", name: "Poland", code: "PL" }], organisations: [{ key: "org:b", name: "B", kind: NGO }] }) { graphVersion } }""",
            changes => Assert.Equal(2, changes.Count));
    }

    [Fact]
    public async Task Audit_Json_Should_Use_The_Schema_Names_Of_Fields_And_Enum_Values()
    {
        await AuditedAsync("upsertJurisdiction", """mutation { upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU" }) { graphVersion } }""", _ => { });
        await AuditedAsync("upsertOrganisation", """mutation { upsertOrganisation(input: { key: "org:n", name: "N", kind: NGO, basedInKey: "HU" }) { graphVersion } }""",
            changes =>
            {
                var entity = changes.Single(c => (string?)c!["subject"] == "ENTITY")!;
                var after = (string)entity["after"]!;
                Assert.Contains("\"kind\":\"NGO\"", after, StringComparison.Ordinal);
                Assert.Contains("\"key\":\"org:n\"", after, StringComparison.Ordinal);
                Assert.DoesNotContain("Ngo", after, StringComparison.Ordinal);
                var relationship = (string)changes.Single(c => (string?)c!["subject"] == "RELATIONSHIP")!["after"]!;
                Assert.Contains("\"type\":\"BASED_IN\"", relationship, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task Repeated_Or_Refused_Mutation_Should_Leave_No_Entry()
    {
        const string upsert = """mutation { upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU" }) { changed } }""";
        await _app.GraphQLAsAsync(_editor, upsert);
        var count = await CountAsync();

        var repeated = await _app.GraphQLAsAsync(_editor, upsert);
        var broken = await _app.GraphQLAsAsync(_editor, """mutation { upsertJurisdiction(input: { key: "XX", name: "Nowhere", code: "not a code" }) { changed } }""");
        var forbidden = await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Viewer), """mutation { deleteEntity(key: "HU") { changed } }""");

        Assert.False((bool)repeated["data"]!["upsertJurisdiction"]!["changed"]!);
        Assert.NotNull(broken["errors"]);
        Assert.NotNull(forbidden["errors"]);
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Audit_Trail_Should_Page_Newest_First_And_Filter_By_Actor()
    {
        foreach (var code in new[] { "HU", "PL", "CZ" })
        {
            await _app.GraphQLAsAsync(_editor, $$"""mutation { upsertJurisdiction(input: { key: "{{code}}", name: "{{code}}", code: "{{code}}" }) { changed } }""");
        }

        await _app.GraphQLAsync("""mutation { upsertJurisdiction(input: { key: "SK", name: "SK", code: "SK" }) { changed } }""");

        var first = await _app.GraphQLAsync("{ auditTrail(first: 2, actor: \"key:test-editor\") { totalCount edges { cursor node { version } } pageInfo { hasNextPage endCursor } } }");
        var trail = first["data"]!["auditTrail"]!;
        Assert.Equal(3, (int)trail["totalCount"]!);
        Assert.Equal([3L, 2L], trail["edges"]!.AsArray().Select(e => (long)e!["node"]!["version"]!));
        Assert.True((bool)trail["pageInfo"]!["hasNextPage"]!);

        var next = await _app.GraphQLAsync($$"""{ auditTrail(first: 2, actor: "key:test-editor", after: "{{(string?)trail["pageInfo"]!["endCursor"]}}") { edges { node { version } } pageInfo { hasNextPage } } }""");
        Assert.Equal([1L], next["data"]!["auditTrail"]!["edges"]!.AsArray().Select(e => (long)e!["node"]!["version"]!));
        Assert.False((bool)next["data"]!["auditTrail"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Writes_Outside_Any_Request_Should_Be_Recorded_As_The_System()
    {
        using var demo = new RareGraphApp(demoData: true);
        var json = await demo.GraphQLAsync("{ auditTrail(first: 100) { totalCount nodes { actor } } }");
        var actors = json["data"]!["auditTrail"]!["nodes"]!.AsArray().Select(n => (string?)n!["actor"]).ToList();
        Assert.NotEmpty(actors);
        Assert.All(actors, actor => Assert.Equal(CallerScope.Background, actor));
    }

    [Fact]
    public async Task Mutation_Whose_Audit_Entry_Cannot_Be_Recorded_Should_Fail_And_Leave_The_Graph_Unchanged()
    {
        var written = await _app.GraphQLAsAsync(_editor, """mutation { upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU" }) { graphVersion } }""");
        var version = (long)written["data"]!["upsertJurisdiction"]!["graphVersion"]!;
        await RecordStrayEntryAsync(version + 1);

        var refused = await _app.GraphQLAsAsync(_editor, """mutation { upsertJurisdiction(input: { key: "PL", name: "Poland", code: "PL" }) { graphVersion } }""");

        Assert.Null(refused["data"]);
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal("UNAVAILABLE", (string?)error["extensions"]!["code"]);
        Assert.Contains("audit trail", (string?)error["message"], StringComparison.Ordinal);
        // The document commits as a whole after its fields ran, so the failed commit belongs to no single field.
        Assert.Null(error["path"]);
        Assert.DoesNotContain("INSERT", refused.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(version, await _app.Store.GetVersionAsync(CancellationToken.None));
        var after = await _app.GraphQLAsync("""{ entity(key: "PL") { key } auditTrail(first: 5) { nodes { version actor } } }""");
        Assert.Null(after["data"]!["entity"]);
        Assert.Equal(
            [(version + 1, "stray"), (version, "key:test-editor")],
            after["data"]!["auditTrail"]!["nodes"]!.AsArray().Select(n => ((long)n!["version"]!, (string?)n["actor"])));
    }

    [Fact]
    public void Retired_Audit_Database_Setting_Should_Stop_The_Start_With_Directions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RareGraph:Security:AuditDatabase"] = "/var/lib/raregraph/audit.db",
            ["RareGraph:Security:AllowAnonymousRead"] = "true",
        }).Build();

        var refused = Assert.Throws<InvalidSettingException>(
            () => SecurityStartup.Read(configuration, new HostingEnvironment { EnvironmentName = Environments.Production }, TextWriter.Null));

        Assert.Contains("RareGraph:Security:AuditDatabase", refused.Message, StringComparison.Ordinal);
        Assert.Contains("graph store", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private async Task RecordStrayEntryAsync(long version)
    {
        await using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO audit_entries (version, at, actor, operation, changes) VALUES ($version, '2020-01-01T00:00:00Z', 'stray', 'unknown', '[]')";
        insert.Parameters.AddWithValue("$version", version);
        await insert.ExecuteNonQueryAsync();
    }

    private async Task AuditedAsync(string operation, string mutation, Action<List<JsonNode?>> checkChanges)
    {
        var before = await CountAsync();
        var result = await _app.GraphQLAsAsync(_editor, mutation);
        Assert.True(result["errors"] is null, result.ToJsonString());
        var version = (long)result["data"]![operation]!["graphVersion"]!;

        var trail = await _app.GraphQLAsync($"{{ auditTrail(first: 1) {{ totalCount nodes {{ {EntryFields} }} }} }}");
        Assert.Equal(before + 1, (long)trail["data"]!["auditTrail"]!["totalCount"]!);
        var entry = trail["data"]!["auditTrail"]!["nodes"]![0]!;
        Assert.Equal(version, (long)entry["version"]!);
        Assert.Equal(operation, (string?)entry["operation"]);
        Assert.Equal("key:test-editor", (string?)entry["actor"]);
        checkChanges(entry["changes"]!.AsArray().ToList());
    }

    private async Task<long> CountAsync() =>
        (long)(await _app.GraphQLAsync("{ auditTrail(first: 0) { totalCount } }"))["data"]!["auditTrail"]!["totalCount"]!;

    private static (string, string, bool, bool) Single(List<JsonNode?> changes) => Shape(Assert.Single(changes)!);

    private static (string, string, bool, bool) Shape(JsonNode? change) =>
        ((string)change!["subject"]!, (string)change["key"]!, change["before"] is not null, change["after"] is not null);
}
