using GraphQL;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Types.Entities;

/// <summary>Releases a restricted defender field only to roles allowed to see it; others get FORBIDDEN and null.</summary>
internal static class RestrictedField
{
    public const string Description = "Restricted: identifies or locates a person at risk. Null with a FORBIDDEN error for roles below EDITOR.";

    public static T? Release<T>(IResolveFieldContext context, T? value)
    {
        if (!RareGraphRoles.CanSeeRestrictedDefenderData(context.RareGraph().User))
        {
            throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not read restricted defender data.");
        }

        return value;
    }
}
