namespace RareGraph.GraphQL.Subscriptions;

/// <summary>One live subscription as the registry sees it. Called from the registry's single loop, one batch at a time.</summary>
internal interface IGraphEventListener
{
    ValueTask HandleAsync(EventBatch batch, CancellationToken cancellationToken);
}
