using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.GraphQL.Caching;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): POST with JSON bodies, GET for queries, content negotiation
/// between <c>application/graphql-response+json</c> and <c>application/json</c>, and deliberate status codes.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    RareGraphExecutor executor,
    GraphQLRequestParser parser,
    IGraphQLTextSerializer serializer,
    PersistedQueryResolver persistedQueries,
    ResponseCache responses)
{
    public async Task HandleAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, MediaTypes.Json, StatusCodes.Status405MethodNotAllowed, ErrorCodes.Validation, "Use GET or POST.");
            return;
        }

        var mediaType = ResponseMediaType.Choose(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(
                http,
                MediaTypes.Json,
                StatusCodes.Status406NotAcceptable,
                ErrorCodes.Validation,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        GraphQLRequestData request;
        try
        {
            request = isGet ? parser.ReadGet(http.Request) : await parser.ReadPostAsync(http.Request, http.RequestAborted);
        }
        catch (RequestParseException bad)
        {
            await WriteErrorAsync(http, mediaType, bad.StatusCode, bad.Code, bad.Message);
            return;
        }

        var resolved = await persistedQueries.ResolveAsync(request, http, http.User, http.RequestAborted);
        if (resolved.Request is null)
        {
            http.Response.StatusCode = string.Equals(mediaType, MediaTypes.GraphQLResponse, StringComparison.Ordinal) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            await WriteAsync(http, mediaType, new ExecutionResult(resolved.Error!));
            return;
        }

        request = resolved.Request;
        if (isGet && IsMutation(request))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, ErrorCodes.Validation, "Mutations must be sent with POST.");
            return;
        }

        await AnswerAsync(http, mediaType, request);
    }

    /// <summary>Answers a well-formed request: from the response cache when it holds the answer, else by executing it.</summary>
    private async Task AnswerAsync(HttpContext http, string mediaType, GraphQLRequestData request)
    {
        // An answer is kept only for a request that passed the guard and executed without errors, for the same caller,
        // role and text, so a kept answer needs no second look. A request with none kept reads nothing here (not even
        // the graph version) and meets the guard as usual: a refused one never reaches the store.
        var lookup = await responses.LookUpAsync(request, http.User, http.RequestAborted);
        if (lookup.Hit is { } hit)
        {
            // Written whole with its length: no chunked framing, and the answer leaves in one write.
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = MediaTypes.Utf8ContentType(mediaType);
            http.Response.ContentLength = hit.Body.Length;
            await http.Response.Body.WriteAsync(hit.Body, http.RequestAborted);
            return;
        }

        var admitted = executor.Admit(request, http.User);
        var pin = lookup.CanKeep && admitted.IsQuery ? new VersionPin() : null;
        var result = await executor.ExecuteAsync(admitted, http.User, http.RequestServices, pin, http.RequestAborted);
        if (result.Streams is not null)
        {
            // Nothing is subscribed until a stream is observed, so dropping it here leaves nothing running.
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, ErrorCodes.Validation, "Subscriptions are served over WebSocket (graphql-transport-ws).");
            return;
        }

        ResponseStatus.Apply(http.Response, result, mediaType);
        if (pin?.Version is not null && ResponseCache.IsKeepable(result))
        {
            // Serialised once into memory, sent, and kept: the next identical request is answered with these bytes.
            using var body = new MemoryStream(4096);
            await serializer.WriteAsync(body, result, http.RequestAborted);
            var written = body.GetBuffer().AsMemory(0, (int)body.Length);
            responses.Keep(lookup, pin, result, written.Span);
            http.Response.ContentType = MediaTypes.Utf8ContentType(mediaType);
            http.Response.ContentLength = written.Length;
            await http.Response.Body.WriteAsync(written, http.RequestAborted);
            return;
        }

        await WriteAsync(http, mediaType, result);
    }

    private static bool IsMutation(GraphQLRequestData request)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(request.Query, new ParserOptions { MaxDepth = 64 });
        }
        catch (GraphQLParserException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => string.Equals(o.Name?.StringValue, request.OperationName, StringComparison.Ordinal));
        return selected?.Operation == OperationType.Mutation;
    }

    private Task WriteErrorAsync(HttpContext http, string mediaType, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return WriteAsync(http, mediaType, new ExecutionResult(new RareGraphExecutionError(code, message, null)));
    }

    private async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        http.Response.ContentType = MediaTypes.Utf8ContentType(mediaType);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
