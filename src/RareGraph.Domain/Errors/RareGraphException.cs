namespace RareGraph.Domain.Errors;

/// <summary>
/// A failure the caller can act on. <see cref="Code"/> is one of <see cref="ErrorCodes"/>; <see cref="Field"/> names the
/// offending input (dotted path relative to the operation's input, such as <c>relationships.3.strength</c>) when there is one.
/// The message must never contain restricted defender data, SQL or Cypher.
/// </summary>
public class RareGraphException : Exception
{
    public RareGraphException(string code, string message, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Field = field;
    }

    public string Code { get; }

    public string? Field { get; }

    /// <summary>True when the same request may succeed if retried (a store fail-over, a dropped connection).</summary>
    public bool IsTransient { get; init; }

    public static RareGraphException Validation(string field, string message) => new(ErrorCodes.Validation, message, field);

    public static RareGraphException NotFound(string field, string message) => new(ErrorCodes.NotFound, message, field);

    public static RareGraphException Conflict(string field, string message) => new(ErrorCodes.Conflict, message, field);

    public static RareGraphException LimitExceeded(string message, string? field = null) => new(ErrorCodes.LimitExceeded, message, field);

    public static RareGraphException Unavailable(string message, Exception? inner = null) =>
        new(ErrorCodes.Unavailable, message, null, inner) { IsTransient = true };
}
