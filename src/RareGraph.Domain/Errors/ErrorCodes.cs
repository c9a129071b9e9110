namespace RareGraph.Domain.Errors;

/// <summary>
/// The stable error codes of the public API (<c>extensions.code</c>). Partners branch on these strings: adding one is
/// a contract change, renaming one breaks clients.
/// </summary>
public static class ErrorCodes
{
    /// <summary>Input broke a rule of the model; the error names the field.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>A key, id or referenced entity does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The write contradicts what is stored (a key reused for another label, a concurrent change).</summary>
    public const string Conflict = "CONFLICT";

    public const string Unauthenticated = "UNAUTHENTICATED";

    public const string Forbidden = "FORBIDDEN";

    /// <summary>A size, cost, rate or time budget was exceeded.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>A dependency (store, cache) or feature is not available right now; retrying later may succeed.</summary>
    public const string Unavailable = "UNAVAILABLE";

    /// <summary>An unexpected fault; details are logged, never returned.</summary>
    public const string Internal = "INTERNAL";
}
