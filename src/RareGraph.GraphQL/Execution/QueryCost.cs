using GraphQL.Types;
using GraphQL.Validation.Complexity;
using RareGraph.GraphQL.Paging;

namespace RareGraph.GraphQL.Execution;

/// <summary>
/// How much a field costs before execution. Connections multiply their children by the page size asked for
/// (<c>first</c>/<c>last</c>, else the default page size), so a wide page of deep selections is what hits the limit;
/// the lists inside a connection (<c>edges</c>, <c>nodes</c>) are that page and add no second multiplier. Introspection
/// (fields and types named <c>__…</c>) is free: the schema is small and fixed, and explorers must be able to read it.
/// </summary>
internal static class QueryCost
{
    public static FieldComplexityResult Estimate(FieldImpactContext context)
    {
        if (context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
            || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return new FieldComplexityResult(0, 1);
        }

        var returned = Unwrap(context.FieldDefinition.ResolvedType);
        if (returned?.Name.EndsWith("Connection", StringComparison.Ordinal) == true)
        {
            var size = context.GetArgument<int?>("first", null) ?? context.GetArgument<int?>("last", null) ?? PagingLimits.DefaultPageSize;
            return new FieldComplexityResult(1, Math.Clamp(size, 1, PagingLimits.MaxPageSize));
        }

        if (context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal))
        {
            return new FieldComplexityResult(1, 1);
        }

        // Plain lists (a path's nodes, an alliance's groups) are short; count them at the analyser's default width.
        return IsList(context.FieldDefinition.ResolvedType)
            ? new FieldComplexityResult(1, context.Configuration.DefaultListImpactMultiplier)
            : new FieldComplexityResult(1, 1);
    }

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
