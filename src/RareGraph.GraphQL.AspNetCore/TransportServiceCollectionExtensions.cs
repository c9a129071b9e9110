using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.GraphQL.AspNetCore.Http;
using RareGraph.GraphQL.AspNetCore.Interchange;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.GraphQL.AspNetCore.Sse;
using RareGraph.GraphQL.AspNetCore.WebSockets;

namespace RareGraph.GraphQL.AspNetCore;

public static class TransportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ASP.NET Core transport of the RareGraph schema: GraphQL over HTTP, graphql-transport-ws, GraphQL
    /// over SSE and persisted documents. Needs the execution engine (<c>AddRareGraphGraphQL</c>); map the endpoint
    /// with <see cref="EndpointRouteBuilderExtensions.MapRareGraphGraphQL"/>.
    /// </summary>
    public static IServiceCollection AddRareGraphGraphQLTransport(this IServiceCollection services)
    {
        services.TryAddSingleton<GraphQLRequestParser>();
        services.TryAddSingleton<GraphQLHttpEndpoint>();
        services.TryAddSingleton(new GraphQLWsOptions());
        services.TryAddSingleton<WebSocketCaller>();
        services.TryAddSingleton<GraphQLWebSocketEndpoint>();
        services.TryAddSingleton<GraphQLSseEndpoint>();
        services.AddRareGraphPersistedQueries();
        services.AddRareGraphInterchange();
        return services;
    }
}
