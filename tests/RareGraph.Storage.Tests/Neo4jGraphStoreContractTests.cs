using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j;
using RareGraph.Storage.Tests.Contract;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("RareGraph.Storage.Tests.Neo4jGraphStoreContractTests+SkippingTestFramework", "RareGraph.Storage.Tests")]

namespace RareGraph.Storage.Tests;

/// <summary>
/// The store contract run against a live Neo4j (5.26+ or 2025.x) named by <c>RAREGRAPH_NEO4J_URI</c> (plus
/// <c>RAREGRAPH_NEO4J_USER</c>, <c>_PASSWORD</c>, <c>_DATABASE</c>). Without it every test is reported skipped with
/// the reason: no Neo4j runs in our CI, so this suite is run by hand (see docs/neo4j.md). Each test starts from an
/// empty database: everything in it is deleted first, so point it only at a throw-away database.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    private const string UriVariable = "RAREGRAPH_NEO4J_URI";

    private static readonly HttpClient Http = new();

    private static Neo4jStoreOptions Options => new()
    {
        Uri = new Uri(Environment.GetEnvironmentVariable(UriVariable)!),
        User = Environment.GetEnvironmentVariable("RAREGRAPH_NEO4J_USER") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("RAREGRAPH_NEO4J_PASSWORD"),
        Database = Environment.GetEnvironmentVariable("RAREGRAPH_NEO4J_DATABASE") ?? "neo4j",
    };

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var options = Options;
        await RunOutsideTheAdapterAsync("MATCH (n) DETACH DELETE n", new { });
        var store = new Neo4jGraphStore(options, Http);
        await store.InitializeAsync(None);
        return store;
    }

    protected override IAuditTrail AuditTrailOf(IGraphStore store) => ((Neo4jGraphStore)store).AuditTrail;

    protected override IIssuedKeyRepository IssuedKeysOf(IGraphStore store) => ((Neo4jGraphStore)store).IssuedKeys;

    protected override Task RecordStrayAuditEntryAsync(IGraphStore store, long version) =>
        RunOutsideTheAdapterAsync(
            "CREATE (:AuditEntry {version: $version, at: datetime('2020-01-01T00:00:00Z'), actor: 'stray', operation: 'unknown', changes: '[]'})",
            new { version });

    /// <summary>
    /// A plain Query API request, outside the adapter (which has no power to empty the database or to write an audit
    /// entry without a write). Plain JSON parameters: a whole number arrives as an INTEGER.
    /// </summary>
    private static async Task RunOutsideTheAdapterAsync(string statement, object parameters)
    {
        var options = Options;
        var address = $"{options.Uri.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        using var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { statement, parameters }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), $"The test database refused a set-up statement: {body}");
    }

    /// <summary>
    /// xunit 2 has no runtime skip, and the contract's facts are declared on the base class, so this framework reports
    /// every test of <see cref="Neo4jGraphStoreContractTests"/> as skipped, with the reason, when no Neo4j is configured.
    /// Every other test class of the assembly is discovered exactly as by the default framework.
    /// </summary>
    public sealed class SkippingTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
    {
        protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
            new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

        private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
            : XunitTestFrameworkDiscoverer(assembly, source, sink)
        {
            private const string SkipReason =
                $"{UriVariable} is not set: the Neo4j contract suite needs a live Neo4j and is not run by CI (see docs/neo4j.md).";

            protected override bool FindTestsForMethod(
                ITestMethod testMethod,
                bool includeSourceInformation,
                IMessageBus messageBus,
                ITestFrameworkDiscoveryOptions discoveryOptions)
            {
                var isNeo4jContract = testMethod.TestClass.Class.Name == typeof(Neo4jGraphStoreContractTests).FullName;
                if (!isNeo4jContract || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(UriVariable)))
                {
                    return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
                }

                if (!testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
                {
                    return true;
                }

                var testCase = new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink,
                    discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod,
                    SkipReason);
                return ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
            }
        }
    }
}
