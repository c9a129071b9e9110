using GraphQL.Types;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Types.Security;

internal sealed class RoleGraphType : EnumerationGraphType
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "What a credential may do; each role includes the rights of those before it.";
        foreach (var role in RareGraphRoles.Assignable)
        {
            Add(role, role);
        }
    }
}
