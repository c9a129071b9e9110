namespace RareGraph.Storage.Neo4j.Tests.Infrastructure;

internal static class StoreFactory
{
    public static Neo4jStoreOptions Options(Action<Neo4jStoreOptions>? configure = null)
    {
        var options = new Neo4jStoreOptions
        {
            Uri = new Uri("http://neo4j.test:7474"),
            User = "neo4j",
            Password = "secret-password",
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.Zero,
            RequestTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jGraphStore Create(FakeNeo4jHandler handler, Action<Neo4jStoreOptions>? configure = null) =>
        new(Options(configure), new HttpClient(handler));
}
