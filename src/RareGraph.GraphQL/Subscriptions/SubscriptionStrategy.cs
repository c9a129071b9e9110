using GraphQL;
using GraphQL.Execution;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// Executes subscriptions with fresh batch loaders for every event. The loaders of a request cache what they load; a
/// subscription lives for hours, so reusing its subscribe-time loaders would answer each event with the graph as it was
/// when the client subscribed.
/// </summary>
internal sealed class SubscriptionStrategy(IGraphStore store) : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        using var userContext = new RareGraphUserContext(context.User ?? new System.Security.Claims.ClaimsPrincipal(), store);
        context.UserContext = userContext;
        var result = await base.ProcessDataAsync(context, node, value);
        return result;
    }
}
