using GraphQL;
using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.Schema;

/// <summary>What the alliance-work questions read alike: the date (default today) and minimum confidence, and the entity asked about.</summary>
internal static class AllianceWorkArguments
{
    public static AsOf AsOf(IResolveFieldContext context) =>
        new(context.GetArgument<DateOnly?>("at") ?? RequestClock.Today(context), context.MinConfidence());

    /// <summary>The entity named by <paramref name="argument"/>: NOT_FOUND when no entity has the key, VALIDATION when it is of another label.</summary>
    public static async Task<T> RequireAsync<T>(IResolveFieldContext context, string argument, string what)
        where T : Entity
    {
        var key = context.GetArgument<string>(argument);
        var entity = await context.Loaders().EntitiesByKey.LoadNowAsync(key, context.CancellationToken);
        return entity switch
        {
            null => throw RareGraphException.NotFound(argument, $"No entity has the key '{key}'."),
            T wanted => wanted,
            _ => throw RareGraphException.Validation(argument, $"'{key}' is not {what}."),
        };
    }
}
