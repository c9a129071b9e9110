using System.Diagnostics;
using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using GraphQLParser.AST;
using RareGraph.GraphQL.Caching;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.GraphQL.Execution;

/// <summary>Runs one GraphQL request against the RareGraph schema with the request's loaders, limits and error masking.</summary>
public sealed partial class RareGraphExecutor(
    ISchema schema,
    IDocumentExecuter documentExecuter,
    IGraphStore store,
    GraphWriter writer,
    ExecutionLimits limits,
    IErrorInfoProvider errorInfo,
    DocumentLimits documentLimits,
    AccessOptions access,
    ILogger<RareGraphExecutor> logger)
{
    private readonly RequestGuard _guard = new(documentLimits, access, schema);
    private readonly VersionPinListener _pinListener = new(store);

    /// <summary>Entities and relationship pages read at the newest graph version, shared by the queries of this executor.</summary>
    private readonly VersionedReadCache _reads = new();

    /// <summary>Admits and runs one request.</summary>
    public Task<ExecutionResult> ExecuteAsync(
        GraphQLRequestData request,
        ClaimsPrincipal user,
        IServiceProvider requestServices,
        CancellationToken cancellationToken) =>
        ExecuteAsync(Admit(request, user), user, requestServices, pin: null, cancellationToken);

    /// <summary>
    /// The guard's verdict on a request, before anything runs or the store is asked anything: its shape limits and
    /// whether the caller may use its root fields.
    /// </summary>
    public AdmittedRequest Admit(GraphQLRequestData request, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _guard.Check(request, user, out var document) is { } refusal
            ? new AdmittedRequest(request, null, new ExecutionResult(new RareGraphExecutionError(refusal.Code, refusal.Message, refusal.Field)))
            : new AdmittedRequest(request, document, null);
    }

    /// <summary>
    /// Runs an admitted request. A query given a <paramref name="pin"/> reads the graph version once it passed
    /// validation, records it there and reads its data at it (the response cache keeps the answer under it).
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(
        AdmittedRequest admitted,
        ClaimsPrincipal user,
        IServiceProvider requestServices,
        VersionPin? pin,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admitted);
        if (admitted.Refusal is { } refused)
        {
            return refused;
        }

        var request = admitted.Request;
        var document = admitted.Document;
        using var caller = CallerScope.Enter(user);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        using var activity = RareGraphTelemetry.Source.StartActivity("graphql.operation");
        var started = Stopwatch.GetTimestamp();
        ExecutionResult result;
        try
        {
            result = MutationDocument.Select(document, request.OperationName) is { } mutation
                ? await ExecuteMutationAsync(request, document!, mutation, user, requestServices, timeout.Token)
                : await RunAsync(request, document, new RareGraphUserContext(user, store, reads: _reads, pin: pin), user, requestServices, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            result = new ExecutionResult(new RareGraphExecutionError(
                ErrorCodes.LimitExceeded,
                $"The request took longer than its {limits.Timeout.TotalSeconds:0} s budget.",
                null));
        }

        Record(activity, result, Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>
    /// A mutation document is one transaction: its root fields stage their writes in one <see cref="WriteSession"/>,
    /// committed only when every field succeeded. Any error answers <c>data: null</c> with nothing written. When
    /// another replica wrote in between (a version conflict at the commit), the whole document runs again.
    /// </summary>
    private async Task<ExecutionResult> ExecuteMutationAsync(
        GraphQLRequestData request,
        GraphQLDocument document,
        GraphQLOperationDefinition mutation,
        ClaimsPrincipal user,
        IServiceProvider requestServices,
        CancellationToken cancellationToken)
    {
        if (MutationDocument.MixesKeyManagement(document, mutation))
        {
            return new ExecutionResult(new RareGraphExecutionError(
                ErrorCodes.Validation,
                "createApiKey and revokeApiKey run alone: send each as the only field of its mutation.",
                "query"));
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var session = await writer.BeginSessionAsync(cancellationToken);
            var result = await RunAsync(request, document, new RareGraphUserContext(user, store, session), user, requestServices, cancellationToken);
            if (result.Errors is { Count: > 0 } || result.Data is null)
            {
                // Dropping the session discards every staged write: the answer must not show data that was never stored.
                result.Data = null;
                return result;
            }

            try
            {
                await session.CommitAsync(cancellationToken);
                return result;
            }
            catch (StoreVersionConflictException) when (attempt < GraphWriter.MaxAttempts)
            {
                // Another replica wrote since the document was planned: plan it again against what it wrote.
            }
            catch (RareGraphException failed)
            {
                return new ExecutionResult(RareGraphExecutionError.From(failed)) { Executed = true, Data = null, Operation = result.Operation };
            }
        }
    }

    private async Task<ExecutionResult> RunAsync(
        GraphQLRequestData request,
        GraphQLDocument? document,
        RareGraphUserContext userContext,
        ClaimsPrincipal user,
        IServiceProvider requestServices,
        CancellationToken cancellationToken)
    {
        using var context = userContext;
        var options = new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables ?? Inputs.Empty,
            Extensions = request.Extensions ?? Inputs.Empty,
            UserContext = context,
            User = user,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            ValidationRules = DocumentValidator.CoreRules.Append(new ComplexityValidationRule(new ComplexityOptions
            {
                MaxDepth = limits.MaxDepth,
                MaxComplexity = limits.MaxComplexity,
                DefaultComplexityImpactDelegate = QueryCost.Estimate,
            })),
            UnhandledExceptionDelegate = MaskAsync,
        };
        if (context.Pin is not null)
        {
            options.Listeners.Add(_pinListener);
        }

        return await documentExecuter.ExecuteAsync(options);
    }

    /// <summary>Traces and metrics name the operation and its type, and count errors by code; never variables or data.</summary>
    private void Record(Activity? activity, ExecutionResult result, TimeSpan elapsed)
    {
        var type = TypeName(result.Operation?.Operation);
        var name = result.Operation?.Name?.StringValue ?? "anonymous";
        if (activity is not null)
        {
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
            activity.DisplayName = $"graphql {type} {name}";
        }

        RareGraphTelemetry.RequestDuration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("graphql.operation.type", type),
            new KeyValuePair<string, object?>("graphql.operation.name", name));
        foreach (var error in result.Errors ?? [])
        {
            var code = errorInfo.GetInfo(error).Extensions?["code"] as string ?? ErrorCodes.Internal;
            RareGraphTelemetry.Errors.Add(1, new KeyValuePair<string, object?>("code", code));
            activity?.AddEvent(new ActivityEvent("graphql.error", tags: new ActivityTagsCollection { ["code"] = code }));
        }

        if (result.Errors is { Count: > 0 })
        {
            activity?.SetStatus(ActivityStatusCode.Error);
        }
    }

    // Constants rather than the enum's name lower-cased: every request records its type.
    private static string TypeName(OperationType? type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "unknown",
    };

    private Task MaskAsync(UnhandledExceptionContext context)
    {
        switch (context.OriginalException)
        {
            case RareGraphException known:
                context.Exception = RareGraphExecutionError.From(known);
                break;
            case OperationCanceledException:
                context.Exception = new RareGraphExecutionError(ErrorCodes.LimitExceeded, "The request was cancelled or ran out of time.", null);
                break;
            default:
                LogUnexpected(logger, context.OriginalException.GetType().Name, context.FieldContext?.FieldDefinition.Name, context.OriginalException);
                context.Exception = new RareGraphExecutionError(ErrorCodes.Internal, "An unexpected error occurred; it has been logged.", null);
                break;
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} while resolving field {Field}")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, string? field, Exception exception);
}
