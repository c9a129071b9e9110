namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>Limits of the WebSocket transport.</summary>
public sealed class GraphQLWsOptions
{
    /// <summary>The sub-protocol spoken: the one of the npm <c>graphql-ws</c> client.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>A client that has not sent <c>connection_init</c> by then is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Larger messages close the socket with 4400.</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How often the credential of an open socket or SSE stream is checked again, for revocations made on other replicas.
    /// A revocation on this replica and a token's expiry end the connection at once, and every new operation checks first.
    /// </summary>
    public TimeSpan CredentialCheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Operations one socket may run at once; beyond it a subscribe gets an error message.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;
}
