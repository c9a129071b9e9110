using System.Security.Claims;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// The roles of the API, least privileged first. An anonymous caller holds none of them and is treated as PUBLIC when
/// anonymous reading is enabled; each role includes every right of the roles before it.
/// </summary>
public static class RareGraphRoles
{
    /// <summary>Not a claim anyone holds: the name of what an anonymous caller may do when anonymous reading is on.</summary>
    public const string Public = "PUBLIC";
    public const string Viewer = "VIEWER";
    public const string Analyst = "ANALYST";
    public const string Editor = "EDITOR";
    public const string Admin = "ADMIN";

    /// <summary>What a caller who signed in without any of the API's roles is told, whatever they asked for.</summary>
    public const string NoRoleMessage =
        "Your credentials carry none of this API's roles (VIEWER, ANALYST, EDITOR, ADMIN); ask the issuer of your token to grant one.";

    /// <summary>The roles a credential may carry, least privileged first.</summary>
    public static IReadOnlyList<string> Assignable { get; } = [Viewer, Analyst, Editor, Admin];

    /// <summary>A defender's legal name, contact, exact location and risk level identify or locate a person at risk.</summary>
    public static bool CanSeeRestrictedDefenderData(ClaimsPrincipal user) => HasAtLeast(user, Editor);

    /// <summary>Who attended which camp or programme (PARTICIPATES_IN) is itself sensitive: editors and up only.</summary>
    public static bool CanSeeAttendance(ClaimsPrincipal user) => HasAtLeast(user, Editor);

    /// <summary>How many attended a camp or programme, without who: analysts and up.</summary>
    public static bool CanCountAttendance(ClaimsPrincipal user) => HasAtLeast(user, Analyst);

    /// <summary>True when <paramref name="user"/> holds <paramref name="role"/> or a role above it.</summary>
    public static bool HasAtLeast(ClaimsPrincipal user, string role)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.Equals(role, Public, StringComparison.Ordinal))
        {
            return true;
        }

        var needed = Rank(role);
        for (var i = needed; i < Assignable.Count; i++)
        {
            if (user.IsInRole(Assignable[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The caller's highest role, or <see cref="Public"/> when they hold none.</summary>
    public static string HighestOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        for (var i = Assignable.Count - 1; i >= 0; i--)
        {
            if (user.IsInRole(Assignable[i]))
            {
                return Assignable[i];
            }
        }

        return Public;
    }

    public static bool IsSignedIn(ClaimsPrincipal user) => user?.Identity?.IsAuthenticated == true;

    /// <summary>True when <paramref name="user"/> holds at least one of the API's roles.</summary>
    public static bool HoldsAny(ClaimsPrincipal user) => HasAtLeast(user, Viewer);

    /// <summary>
    /// A caller who signed in (a token from a trusted issuer) but holds none of the API's roles: they may do nothing,
    /// not even what anonymous callers may. Least privilege: a role is given on purpose, never assumed.
    /// </summary>
    public static bool IsSignedInWithoutRole(ClaimsPrincipal user) => IsSignedIn(user) && !HoldsAny(user);

    public static bool IsAssignable(string role) => RankOf(role) >= 0;

    private static int Rank(string role) =>
        RankOf(role) is var index and >= 0 ? index : throw new ArgumentException($"Unknown role '{role}'.", nameof(role));

    // Every request asks for a rank (IsSignedInWithoutRole), so it is a switch over the constants: nothing allocated.
    private static int RankOf(string role) => role switch
    {
        Viewer => 0,
        Analyst => 1,
        Editor => 2,
        Admin => 3,
        _ => -1,
    };
}
