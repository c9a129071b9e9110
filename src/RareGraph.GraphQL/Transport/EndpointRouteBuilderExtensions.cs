using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RareGraph.GraphQL.Transport;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Serves GraphQL over HTTP at <paramref name="pattern"/> for every method (others get 405).</summary>
    public static IEndpointConventionBuilder MapRareGraphGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, (HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http));
}
