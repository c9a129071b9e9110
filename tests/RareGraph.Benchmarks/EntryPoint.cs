namespace RareGraph.Benchmarks;

/// <summary>
/// The console entry point. Not top-level statements: those would declare a global <c>Program</c> hiding
/// RareGraph.Server's, which the HTTP part starts through <c>WebApplicationFactory&lt;Program&gt;</c>.
/// </summary>
internal static class EntryPoint
{
    public static int Main(string[] args) => BenchmarkRun.Run(args, Console.Out);
}
