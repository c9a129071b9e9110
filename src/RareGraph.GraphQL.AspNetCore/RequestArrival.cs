using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RareGraph.GraphQL.AspNetCore;

/// <summary>
/// When a request arrived, as a <see cref="Stopwatch"/> timestamp. A request may be answered from the graph version
/// another request read after that moment (<c>IGraphStore.GetVersionReadSinceAsync</c>), which sees every write
/// acknowledged before the request arrived; the earlier the moment is taken, the more often such a read exists.
/// </summary>
public static class RequestArrival
{
    private static readonly object Key = new();

    /// <summary>Notes each request's arrival; goes first in the pipeline.</summary>
    public static IApplicationBuilder UseRequestArrival(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Items[Key] = Stopwatch.GetTimestamp();
            return next(http);
        });

    /// <summary>When <paramref name="http"/> arrived, or now when the pipeline did not note it.</summary>
    public static long Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(Key, out var arrived) && arrived is long at ? at : Stopwatch.GetTimestamp();
    }
}
