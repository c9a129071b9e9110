namespace RareGraph.Domain.Writing;

public sealed record Change<T>(T? Before, T? After)
    where T : class;
