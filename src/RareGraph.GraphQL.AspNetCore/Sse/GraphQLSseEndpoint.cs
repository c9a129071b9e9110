using System.Threading.Channels;
using GraphQL;
using Microsoft.AspNetCore.Http;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.AspNetCore.Http;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.GraphQL.AspNetCore.Security;
using RareGraph.GraphQL.AspNetCore.WebSockets;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.GraphQL.AspNetCore.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, for clients that cannot open a WebSocket: a POST to the GraphQL endpoint accepting
/// <c>text/event-stream</c> answers with <c>next</c> events (one per result) and a closing <c>complete</c> event.
/// </summary>
/// <remarks>
/// The "distinct connections mode" of the GraphQL over SSE protocol (graphql-sse, PROTOCOL.md): one operation per
/// HTTP request, the operation ends when the stream ends or the client disconnects. Runs through
/// <see cref="RareGraphExecutor"/> like every other transport. A stream ends (with <c>complete</c>) when the caller's
/// credential is revoked or expires, as a socket does (<see cref="CredentialWatch"/>).
/// </remarks>
internal sealed class GraphQLSseEndpoint(
    RareGraphExecutor executor,
    GraphQLRequestParser parser,
    PersistedQueryResolver persistedQueries,
    IGraphQLTextSerializer serializer,
    ICredentialLifetime lifetime,
    GraphQLWsOptions options)
{
    public const string MediaType = "text/event-stream";

    public static bool Wants(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Headers.Accept.Any(a => a is not null && a.Contains(MediaType, StringComparison.OrdinalIgnoreCase));

    public async Task HandleAsync(HttpContext http)
    {
        GraphQLRequestData request;
        try
        {
            request = await parser.ReadPostAsync(http.Request, http.RequestAborted);
        }
        catch (RequestParseException bad)
        {
            await RefuseAsync(http, bad.StatusCode, new ExecutionResult(new RareGraphExecutionError(bad.Code, bad.Message, null)));
            return;
        }

        var resolved = await persistedQueries.ResolveAsync(request, http, http.User, http.RequestAborted);
        if (resolved.Request is null)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, new ExecutionResult(resolved.Error!));
            return;
        }

        var result = await executor.ExecuteAsync(resolved.Request, http.User, http.RequestServices, http.RequestAborted);
        http.Response.ContentType = $"{MediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            if (result.Streams is { Count: > 0 } streams)
            {
                await StreamAsync(http, streams.Values.First());
            }
            else
            {
                await WriteEventAsync(http, "next", serializer.Serialize(result));
            }

            await WriteEventAsync(http, "complete", "");
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the subscription is disposed on the way out.
        }
    }

    private async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> stream)
    {
        var results = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(results.Writer));
        using var lapsed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        using var watch = CredentialWatch.Start(lifetime, http.User, options.CredentialCheckInterval, () => EndAsync(lapsed), http.RequestAborted);
        RareGraphTelemetry.ActiveSubscriptions.Add(1);
        try
        {
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var result in results.Reader.ReadAllAsync(lapsed.Token))
            {
                await WriteEventAsync(http, "next", serializer.Serialize(result));
            }
        }
        catch (OperationCanceledException) when (lapsed.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            // The caller's credential was revoked or expired: the stream ends here, with its closing event.
        }
        finally
        {
            RareGraphTelemetry.ActiveSubscriptions.Add(-1);
        }
    }

    private static Task EndAsync(CancellationTokenSource stream)
    {
        try
        {
            stream.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream ended meanwhile.
        }

        return Task.CompletedTask;
    }

    private static async Task WriteEventAsync(HttpContext http, string name, string data)
    {
        // JSON from the serializer holds no raw newlines, so one data line carries it.
        await http.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private async Task RefuseAsync(HttpContext http, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{MediaTypes.Json}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryComplete();

        public void OnCompleted() => writer.TryComplete();
    }
}
