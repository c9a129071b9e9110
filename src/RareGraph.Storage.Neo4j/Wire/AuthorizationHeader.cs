using System.Net.Http.Headers;
using System.Text;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>The Authorization header of every request: Bearer when a token is configured, else Basic, else none.</summary>
/// <remarks>Neo4j Query API manual, "Authentication and authorization": the bearer token is itself base64-encoded.</remarks>
internal static class AuthorizationHeader
{
    public static AuthenticationHeaderValue? For(Neo4jStoreOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.BearerToken)));
        }

        if (!string.IsNullOrEmpty(options.User))
        {
            var credentials = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        }

        return null;
    }
}
