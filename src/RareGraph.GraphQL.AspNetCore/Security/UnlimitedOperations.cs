using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace RareGraph.GraphQL.AspNetCore.Security;

/// <summary>The operation rate limit of a host that has none.</summary>
internal sealed class UnlimitedOperations : IOperationRateLimit
{
    public bool TryAcquire(HttpContext http, ClaimsPrincipal user, int permits = 1) => true;
}
