using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using RareGraph.Storage.Sqlite;
using RareGraph.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>
/// GraphQL requests over the demo data with the SQL the SQLite store ran to answer them, in one reviewed file each:
/// request, SQL, response. A change to a resolver, a batch loader or a query builder shows as a diff of the statements
/// beside a diff of the answer, so a reviewer sees cause and effect together.
/// </summary>
public sealed class DemoQuerySqlSnapshotTests : IClassFixture<DemoQuerySqlSnapshotTests.SqlRecordingApp>
{
    private readonly SqlRecordingApp _app;

    public DemoQuerySqlSnapshotTests(SqlRecordingApp app) => _app = app;

    [Fact]
    public Task Hungarian_Ngos_Whose_Name_Contains_Helsinki_Or_Civil_By_Name() => MatchAsync(Snapshot.FullName(), """
        {
          organisations(
            where: { basedIn: "HU", kind: { in: [NGO, MEDIA] }, or: [{ name: { contains: "helsinki" } }, { name: { contains: "civil" } }] }
            order: [{ field: NAME }]
            first: 5
          ) {
            totalCount
            pageInfo { hasNextPage }
            nodes { key name kind basedIn { code } }
          }
        }
        """);

    [Fact]
    public Task Membership_And_Partnership_Relationships_Valid_At_A_Date() => MatchAsync(Snapshot.FullName(), """
        {
          relationships(where: { types: [MEMBER_OF, PARTNERS_WITH], at: "2024-01-01", minConfidence: 0.5 }, first: 4) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage }
            nodes { type fromKey toKey from { name } to { name } }
          }
        }
        """);

    [Fact]
    public Task Organisations_With_Their_Outgoing_Relationships_Loaded_In_One_Batch() => MatchAsync(Snapshot.FullName(), """
        {
          organisations(where: { basedIn: "PL" }, order: [{ field: KEY }], first: 3) {
            nodes { key relationships(types: [MEMBER_OF], first: 2) { totalCount nodes { type toKey } } }
          }
        }
        """);

    private async Task MatchAsync(SnapshotFullName name, string query)
    {
        var (response, sql) = await _app.RecordAsync(query);
        Snapshot.Match(
            new JObject
            {
                ["request"] = query.ReplaceLineEndings("\n"),
                ["sql"] = sql,
                ["response"] = JToken.Parse(response.ToJsonString()),
            },
            name);
    }

    /// <summary>
    /// The demo server, with the store's statements recorded for the request being recorded only. The test server
    /// keeps the test's execution context, so a statement belongs to the request when the request's flow runs it;
    /// the server's own background reads (projection refreshes, version checks) are left out.
    /// </summary>
    public sealed class SqlRecordingApp : IDisposable
    {
        private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            Converters = { new StringEnumConverter() },
            NullValueHandling = NullValueHandling.Ignore,
        });

        private static readonly AsyncLocal<JArray?> Recording = new();
        private readonly RareGraphApp _demo = new(demoData: true);
        private readonly WebApplicationFactory<Program> _server;
        private bool _hooked;

        public SqlRecordingApp() =>
            _server = _demo.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.Configure<TestServerOptions>(options => options.PreserveExecutionContext = true)));

        public async Task<(System.Text.Json.Nodes.JsonObject Response, JArray Sql)> RecordAsync(string query)
        {
            var client = _server.CreateClient();
            if (!_hooked)
            {
                _server.Services.GetRequiredService<SqliteGraphStore>().QueryPrepared = Record;
                _hooked = true;
            }

            // The first request waits for the store to be ready; its statements are not the recorded request's.
            await PostAsync(client, "{ __typename }");
            var sql = new JArray();
            Recording.Value = sql;
            try
            {
                var response = await PostAsync(client, query);

                // Batch loaders that run side by side may reach the store in either order: sorted, the file is stable.
                return (response, new JArray(sql.OrderBy(s => s.ToString(Formatting.None), StringComparer.Ordinal)));
            }
            finally
            {
                Recording.Value = null;
            }
        }

        public void Dispose()
        {
            _server.Dispose();
            _demo.Dispose();
        }

        private static async Task<System.Text.Json.Nodes.JsonObject> PostAsync(HttpClient client, string query)
        {
            using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
            return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }

        private static void Record(SqliteCommand command)
        {
            var sql = Recording.Value;
            if (sql is null)
            {
                return;
            }

            lock (sql)
            {
                sql.Add(new JObject
                {
                    ["sql"] = command.CommandText,
                    ["parameters"] = new JObject(command.Parameters.Cast<SqliteParameter>().Select(p =>
                        new JProperty(p.ParameterName, p.Value is null or DBNull ? JValue.CreateNull() : JToken.FromObject(p.Value, Serializer)))),
                });
            }
        }
    }
}
