namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The end-to-end classes share one server: loading the demo data and starting Kestrel once keeps the run short on a
/// two-core machine, and none of these tests writes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KestrelServerCollection : ICollectionFixture<KestrelServer>
{
    public const string Name = "Server on Kestrel";
}
