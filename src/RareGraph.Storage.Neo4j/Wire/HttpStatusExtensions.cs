using System.Net;

namespace RareGraph.Storage.Neo4j.Wire;

internal static class HttpStatusExtensions
{
    /// <summary>202 is the Query API's success; 200 too (2025.11+ servers follow the GQL status).</summary>
    public static bool IsSuccess(this HttpStatusCode status) => (int)status is >= 200 and < 300;
}
