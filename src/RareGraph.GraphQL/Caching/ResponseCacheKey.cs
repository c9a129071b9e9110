namespace RareGraph.GraphQL.Caching;

/// <summary>
/// Everything an answer to a read-only query depends on besides the graph version: who asks (their identity and the
/// role they hold, so no caller is ever served what another may see), the day (as-of arguments default to today), and
/// the request itself as sent (document text, operation, variables and extensions in their serialised form).
/// </summary>
/// <remarks>
/// The caller is the scheme that authenticated them and their name, side by side rather than joined into one string, so
/// a lookup builds no text; an anonymous caller has no scheme.
/// </remarks>
internal readonly record struct ResponseCacheKey(
    string? Scheme,
    string Caller,
    string Role,
    DateOnly Day,
    string Query,
    string? OperationName,
    string Variables,
    string Extensions);
