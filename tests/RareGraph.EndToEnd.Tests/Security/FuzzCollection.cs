using RareGraph.EndToEnd.Tests.Infrastructure;

namespace RareGraph.EndToEnd.Tests.Security;

/// <summary>
/// The fuzz run gets a server of its own and runs alone: its thousands of requests would otherwise show up in what
/// other tests observe process-wide (spans and metrics of the shared <c>RareGraph</c> activity source and meter).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection : ICollectionFixture<KestrelServer>
{
    public const string Name = "Fuzz run, alone";
}
