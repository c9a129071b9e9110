using GraphQL;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// Who attended which camp or programme (PARTICIPATES_IN) is itself sensitive: editors and up see it, analysts may count
/// it, viewers and anonymous callers get nothing. Every place that hands out relationships asks here.
/// </summary>
internal static class AttendanceGate
{
    private static readonly List<RelationshipType> AllButAttendance =
        [.. Enum.GetValues<RelationshipType>().Where(t => t != RelationshipType.ParticipatesIn)];

    /// <summary>
    /// The relationship types a caller may list: as asked for editors; otherwise every type but PARTICIPATES_IN when none
    /// is named, and FORBIDDEN when PARTICIPATES_IN is named.
    /// </summary>
    public static List<RelationshipType>? VisibleTypes(IResolveFieldContext context, List<RelationshipType>? types, string field)
    {
        if (RareGraphRoles.CanSeeAttendance(context.RareGraph().User))
        {
            return types;
        }

        if (types is null)
        {
            return AllButAttendance;
        }

        return types.Contains(RelationshipType.ParticipatesIn)
            ? throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not read camp or programme attendance.", field)
            : types;
    }

    /// <summary>A count filter that leaves attendance out for callers below ANALYST (FORBIDDEN when they ask for it).</summary>
    public static RelationshipFilter? Countable(IResolveFieldContext context, RelationshipFilter? filter)
    {
        if (RareGraphRoles.CanCountAttendance(context.RareGraph().User))
        {
            return filter;
        }

        if (filter?.Types is { } types)
        {
            return types.Contains(RelationshipType.ParticipatesIn)
                ? throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not count camp or programme attendance.", "where.types")
                : filter;
        }

        return (filter ?? new RelationshipFilter()) with { Types = AllButAttendance };
    }

    /// <summary>Refuses a field that lists who attended, below EDITOR.</summary>
    public static void RequireSight(IResolveFieldContext context)
    {
        if (!RareGraphRoles.CanSeeAttendance(context.RareGraph().User))
        {
            throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not read camp or programme attendance.");
        }
    }

    /// <summary>Refuses a field that counts attendance, below ANALYST.</summary>
    public static void RequireCount(IResolveFieldContext context)
    {
        if (!RareGraphRoles.CanCountAttendance(context.RareGraph().User))
        {
            throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not count camp or programme attendance.");
        }
    }
}
