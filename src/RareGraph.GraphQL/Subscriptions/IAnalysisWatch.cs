namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// A subscription that recomputes an analysis after every batch of writes (exposure, coverage): the registry caps how
/// many of them may live at once, since each costs a computation per batch.
/// </summary>
internal interface IAnalysisWatch : IGraphEventListener;
