using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.AspNetCore.Http;
using RareGraph.GraphQL.AspNetCore.Interchange;
using RareGraph.GraphQL.AspNetCore.Sse;
using RareGraph.GraphQL.AspNetCore.WebSockets;

namespace RareGraph.GraphQL.AspNetCore;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/> for every method (others get 405), and over WebSocket
    /// (graphql-transport-ws) for upgrade requests there (the host must call <c>UseWebSockets()</c>), and over
    /// Server-Sent Events for POSTs accepting <c>text/event-stream</c>.
    /// </summary>
    /// <remarks>Map the interchange endpoints (<c>/export</c>, <c>/import</c>) beside it with <see cref="MapRareGraphInterchange"/>.</remarks>
    public static IEndpointConventionBuilder MapRareGraphGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // The HTTP endpoint is a singleton, taken from the application's services on first use: asking the request's
        // services would make a DI scope for every request, while a request answered from the response cache needs none
        // (one that executes asks for its scope itself).
        var services = endpoints.ServiceProvider;
        GraphQLHttpEndpoint? graphQLOverHttp = null;
        return endpoints.Map(pattern, (HttpContext http) =>
            http.WebSockets.IsWebSocketRequest ? http.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(http)
            : GraphQLSseEndpoint.Wants(http.Request) ? http.RequestServices.GetRequiredService<GraphQLSseEndpoint>().HandleAsync(http)
            : (graphQLOverHttp ??= services.GetRequiredService<GraphQLHttpEndpoint>()).HandleAsync(http));
    }

    /// <summary>
    /// Serves <c>GET /export/{file}</c> (GraphML, GEXF, Cytoscape JSON, the Gephi CSV pair, impact exports) and
    /// <c>POST /import</c>, behind the same authentication and error shapes as the GraphQL endpoint.
    /// </summary>
    public static IEndpointRouteBuilder MapRareGraphInterchange(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{file}", (HttpContext http, string file) =>
            http.RequestServices.GetRequiredService<ExportEndpoint>().HandleAsync(http, file));
        endpoints.MapPost("/import", (HttpContext http) => http.RequestServices.GetRequiredService<ImportEndpoint>().HandleAsync(http));
        return endpoints;
    }
}
