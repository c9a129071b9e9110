using System.Net.Http.Headers;
using System.Text.Json;
using Polly;
using Polly.Retry;
using RareGraph.Domain.Errors;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>
/// Speaks Neo4j's HTTP Query API: one statement per implicit transaction, explicit transactions when a write needs
/// several statements, typed JSON both ways, authentication, bookmarks and retries of transient failures.
/// </summary>
/// <remarks>
/// Endpoints and headers from Neo4j's Query API manual: <c>POST /db/{db}/query/v2</c>, <c>…/tx</c>,
/// <c>…/tx/{id}</c>, <c>…/tx/{id}/commit</c>, <c>DELETE …/tx/{id}</c>, and the <c>neo4j-cluster-affinity</c> header
/// a cluster sets on a transaction's first response, to be echoed on every later request of that transaction.
/// </remarks>
internal sealed class QueryApiClient
{
    internal const string TypedMediaType = "application/vnd.neo4j.query";
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly Neo4jStoreOptions _options;
    private readonly HttpClient _http;
    private readonly BookmarkHolder _bookmarks = new();
    private readonly ResiliencePipeline _retry;
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;

    public QueryApiClient(Neo4jStoreOptions options, HttpClient http)
    {
        _options = options;
        _http = http;
        _queryPath = $"{options.Uri.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _authorization = AuthorizationHeader.For(options);
        _retry = BuildRetry(options);
    }

    public BookmarkHolder Bookmarks => _bookmarks;

    /// <summary>Runs <paramref name="operation"/>, retrying it whole on transient failures, then reports UNAVAILABLE.</summary>
    public async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(async token => await operation(token), cancellationToken);
        }
        catch (TransientNeo4jException exception)
        {
            throw RareGraphException.Unavailable(
                $"Neo4j is unavailable after {_options.MaxRetries + 1} attempts ({exception.Message}).", exception);
        }
    }

    /// <summary>Runs one statement in its own implicit transaction, with retries.</summary>
    public Task<QueryResponse> RunAsync(CypherRequest request, CancellationToken cancellationToken) =>
        WithRetriesAsync(token => RunOnceAsync(request, token), cancellationToken);

    public async Task<QueryResponse> RunOnceAsync(CypherRequest request, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, _queryPath, request, null, cancellationToken)).Response;

    /// <summary>Opens an explicit transaction whose first statement is <paramref name="first"/>.</summary>
    public async Task<(TransactionHandle Transaction, QueryResponse Response)> BeginAsync(
        CypherRequest first,
        CancellationToken cancellationToken)
    {
        var (response, affinity) = await SendAsync(HttpMethod.Post, $"{_queryPath}/tx", first, null, cancellationToken);
        if (response.TransactionId is null)
        {
            throw new RareGraphException(ErrorCodes.Internal, "Neo4j opened no transaction (the server may be older than 5.26).");
        }

        return (new TransactionHandle(response.TransactionId, affinity), response);
    }

    public async Task<QueryResponse> RunInAsync(TransactionHandle transaction, CypherRequest request, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(transaction.Id)}", request, transaction, cancellationToken)).Response;

    public async Task CommitAsync(TransactionHandle transaction, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(transaction.Id)}/commit", null, transaction, cancellationToken);

    /// <summary>Rolls back, best effort: the server also drops an idle transaction by itself after its timeout.</summary>
    public async Task RollbackQuietlyAsync(TransactionHandle transaction)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout);
            await SendAsync(HttpMethod.Delete, $"{_queryPath}/tx/{Uri.EscapeDataString(transaction.Id)}", null, transaction, timeout.Token);
        }
        catch (Exception exception) when (exception is RareGraphException or TransientNeo4jException or OperationCanceledException)
        {
            // The transaction is already gone or the server is unreachable; either way nothing was committed.
        }
    }

    /// <summary>Discovery (<c>GET /</c>, no authentication): is this a Neo4j with the Query API enabled, and which version.</summary>
    public Task<ServerInfo> DiscoverAsync(CancellationToken cancellationToken) =>
        WithRetriesAsync(
            async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, _options.Uri);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                var (status, body, _) = await TransmitAsync(request, token);
                if (!status.IsSuccess())
                {
                    throw ErrorMapper.FromStatus(status);
                }

                return ParseDiscovery(body);
            },
            cancellationToken);

    internal static ServerInfo ParseDiscovery(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return new ServerInfo(
                root.TryGetProperty("neo4j_version", out var version) ? version.GetString() : null,
                root.TryGetProperty("neo4j_edition", out var edition) ? edition.GetString() : null,
                root.TryGetProperty("query", out _));
        }
        catch (JsonException exception)
        {
            throw new RareGraphException(
                ErrorCodes.Unavailable, "The address in RareGraph:Neo4j:Uri did not answer like a Neo4j server.", null, exception);
        }
    }

    private async Task<(QueryResponse Response, string? Affinity)> SendAsync(
        HttpMethod method,
        string path,
        CypherRequest? body,
        TransactionHandle? transaction,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedMediaType));
        if (transaction?.ClusterAffinity is { } affinity)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (method != HttpMethod.Delete)
        {
            var content = new ByteArrayContent(RequestWriter.Write(body ?? new CypherRequest(null, new Dictionary<string, object?>(StringComparer.Ordinal), false), _bookmarks.Current));
            content.Headers.ContentType = new MediaTypeHeaderValue(TypedMediaType);
            request.Content = content;
        }

        var (status, text, responseAffinity) = await TransmitAsync(request, cancellationToken);
        QueryResponse response;
        try
        {
            response = ResponseReader.Read(text, typed: true);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw status.IsSuccess()
                ? new RareGraphException(ErrorCodes.Internal, "Neo4j sent a response this adapter cannot read.", null, exception)
                : ErrorMapper.FromStatus(status);
        }

        if (response.Errors.Count > 0)
        {
            if (response.Errors.Any(ErrorMapper.IsInvalidBookmark))
            {
                _bookmarks.Clear();
            }

            throw ErrorMapper.FromServerError(response.Errors[0]);
        }

        if (!status.IsSuccess())
        {
            throw ErrorMapper.FromStatus(status);
        }

        _bookmarks.Advance(response.Bookmarks);
        return (response, responseAffinity ?? transaction?.ClusterAffinity);
    }

    private async Task<(System.Net.HttpStatusCode Status, string Body, string? Affinity)> TransmitAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (response.StatusCode, body, affinity);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientNeo4jException($"Neo4j did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new TransientNeo4jException("The connection to Neo4j failed or dropped.", exception);
        }
        catch (IOException exception)
        {
            throw new TransientNeo4jException("The connection to Neo4j dropped.", exception);
        }
    }

    private static ResiliencePipeline BuildRetry(Neo4jStoreOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TransientNeo4jException>(),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        return builder.Build();
    }
}
