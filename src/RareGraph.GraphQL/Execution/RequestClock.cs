using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace RareGraph.GraphQL.Execution;

/// <summary>Today as the host's clock says (tests replace the <see cref="TimeProvider"/>).</summary>
internal static class RequestClock
{
    /// <summary>Today in UTC.</summary>
    public static DateOnly Today(IResolveFieldContext context) =>
        DateOnly.FromDateTime((context.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);
}
