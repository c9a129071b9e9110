namespace RareGraph.GraphQL.AspNetCore.Http;

/// <summary>The HTTP request is not a well-formed GraphQL request; answered with <see cref="StatusCode"/> before execution.</summary>
internal sealed class RequestParseException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
