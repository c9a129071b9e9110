using System.Security.Claims;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// The roles of the API, least privileged first. Until authentication is configured every caller is anonymous
/// and holds none of them, so restricted defender data is released to nobody.
/// </summary>
public static class RareGraphRoles
{
    public const string Viewer = "VIEWER";
    public const string Analyst = "ANALYST";
    public const string Editor = "EDITOR";
    public const string Admin = "ADMIN";

    /// <summary>A defender's legal name, contact, exact location and risk level identify or locate a person at risk.</summary>
    public static bool CanSeeRestrictedDefenderData(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Editor) || user.IsInRole(Admin);
    }
}
