using RareGraph.Domain.Errors;

namespace RareGraph.GraphQL.Security;

/// <summary>Why a request was turned away before execution: one of <see cref="ErrorCodes"/> and a message safe to return.</summary>
internal sealed record RequestRefusal(string Code, string Message, string? Field = null)
{
    public static RequestRefusal Limit(string message, string? field = null) => new(ErrorCodes.LimitExceeded, message, field);
}
