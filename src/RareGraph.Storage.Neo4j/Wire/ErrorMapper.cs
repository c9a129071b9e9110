using System.Net;
using RareGraph.Domain.Errors;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>
/// Turns Neo4j status codes and HTTP statuses into the project's errors, most specific first. Messages name the
/// <c>Neo.*</c> code but never echo Cypher or parameter values (the server's message may quote either).
/// </summary>
/// <remarks>
/// Classification follows Neo4j's status-code reference (Neo.ClientError / Neo.TransientError / Neo.DatabaseError) and
/// the retry rules of Neo4j's drivers, which also retry <c>Neo.ClientError.Cluster.NotALeader</c> and
/// <c>Neo.ClientError.General.ForbiddenOnReadOnlyDatabase</c> (a leader switch seen from the wrong member).
/// </remarks>
internal static class ErrorMapper
{
    private static readonly HashSet<string> RetryableClientCodes = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Cluster.NotALeader",
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
        "Neo.ClientError.Transaction.TransactionNotFound",
    };

    /// <summary>Whether a bookmark the server no longer understands (a recreated database) caused the error.</summary>
    public static bool IsInvalidBookmark(Neo4jServerError error) =>
        error.Code.StartsWith("Neo.ClientError.Transaction.InvalidBookmark", StringComparison.Ordinal);

    public static Exception FromServerError(Neo4jServerError error)
    {
        var code = error.Code;
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || RetryableClientCodes.Contains(code) || IsInvalidBookmark(error))
        {
            return new TransientNeo4jException($"Neo4j reported {code}.");
        }

        if (string.Equals(code, "Neo.ClientError.Schema.ConstraintValidationFailed", StringComparison.Ordinal))
        {
            return new ConstraintViolationException();
        }

        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            return Configuration($"Neo4j refused the configured credentials ({code}): check RareGraph:Neo4j:User, :Password or the bearer token, and the user's roles.");
        }

        if (string.Equals(code, "Neo.ClientError.Database.DatabaseNotFound", StringComparison.Ordinal))
        {
            return Configuration($"Neo4j has no database of the configured name ({code}): check RareGraph:Neo4j:Database.");
        }

        if (code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal))
        {
            return RareGraphException.LimitExceeded($"The Neo4j transaction ran out of time ({code}).");
        }

        if (code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal) || code.StartsWith("Neo.ClientError.Request.", StringComparison.Ordinal))
        {
            return new RareGraphException(ErrorCodes.Internal, $"Neo4j rejected a statement of the store adapter ({code}).");
        }

        if (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal))
        {
            return new RareGraphException(ErrorCodes.Unavailable, $"Neo4j failed internally ({code}).");
        }

        return new RareGraphException(ErrorCodes.Internal, $"Neo4j reported {(code.Length == 0 ? "an error without a code" : code)}.");
    }

    public static Exception FromStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            Configuration($"Neo4j answered {(int)status}: check RareGraph:Neo4j:User, :Password or the bearer token."),
        HttpStatusCode.NotFound =>
            Configuration("Neo4j answered 404: check RareGraph:Neo4j:Uri and :Database, and that the Query API (5.19+) is enabled."),
        HttpStatusCode.NotAcceptable or HttpStatusCode.UnsupportedMediaType =>
            Configuration($"Neo4j answered {(int)status}: the server does not speak the Query API media type this adapter sends."),
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
            new TransientNeo4jException($"Neo4j answered {(int)status}."),
        _ when (int)status >= 500 => new TransientNeo4jException($"Neo4j answered {(int)status}."),
        _ => new RareGraphException(ErrorCodes.Internal, $"Neo4j answered an unexpected {(int)status}."),
    };

    /// <summary>A mistake in the set-up: the store cannot work, and retrying will not help until someone fixes it.</summary>
    public static RareGraphException Configuration(string message) => new(ErrorCodes.Unavailable, message) { IsTransient = false };
}
