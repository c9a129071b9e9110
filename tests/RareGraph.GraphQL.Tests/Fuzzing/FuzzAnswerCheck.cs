using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Tests.Fuzzing;

/// <summary>
/// What every answer must be, whatever was asked: no 5xx, JSON with spec-shaped errors whose code is one of ours and
/// never INTERNAL, no stack trace or exception name, and nothing restricted for a role that may not see it.
/// </summary>
internal static class FuzzAnswerCheck
{
    private static readonly HashSet<string> Codes =
        ["VALIDATION", "NOT_FOUND", "CONFLICT", "UNAUTHENTICATED", "FORBIDDEN", "LIMIT_EXCEEDED", "UNAVAILABLE"];

    private static readonly string[] RestrictedFields = ["legalName", "contact", "location", "riskLevel"];

    private static readonly string[] AdminOnlyFields = ["auditTrail", "apiKeys", "secret"];

    private static readonly string[] StackTraceMarks = ["   at ", ".cs:line", "Exception:", "StackTrace", "System.Private.CoreLib"];

    /// <summary>The reason the answer is wrong, or null when it is as the specification and the policy say.</summary>
    /// <param name="role">Who asked.</param>
    /// <param name="status">The HTTP status of the answer.</param>
    /// <param name="body">The answer as sent.</param>
    /// <param name="restrictedValues">Every restricted value stored (legal names, contacts, locations): none may appear below EDITOR.</param>
    public static string? Problem(string role, HttpStatusCode status, string body, IReadOnlyCollection<string> restrictedValues)
    {
        if ((int)status >= 500)
        {
            return $"status {(int)status}";
        }

        if (StackTraceMarks.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } mark)
        {
            return $"the body holds '{mark}'";
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return "the body is not JSON";
        }

        if (json is not JsonObject answer)
        {
            return "the body is not a JSON object";
        }

        foreach (var error in answer["errors"]?.AsArray() ?? [])
        {
            var code = (string?)error?["extensions"]?["code"];
            if (error?["message"] is null || code is null || !Codes.Contains(code))
            {
                return $"error without a message or with code '{code ?? "(none)"}'";
            }
        }

        var belowEditor = role is RareGraphRoles.Public or RareGraphRoles.Viewer or RareGraphRoles.Analyst;
        if (belowEditor)
        {
            if (FirstValued(answer["data"], RestrictedFields) is { } restricted)
            {
                return $"restricted field '{restricted}' holds a value for {role}";
            }

            if (restrictedValues.FirstOrDefault(v => body.Contains(JsonSerializer.Serialize(v)[1..^1], StringComparison.Ordinal)) is { } leaked)
            {
                return $"a restricted value ('{leaked[..Math.Min(3, leaked.Length)]}…') reached {role}";
            }
        }

        if (role != RareGraphRoles.Admin && FirstValued(answer["data"], AdminOnlyFields) is { } adminOnly)
        {
            return $"ADMIN-only field '{adminOnly}' holds a value for {role}";
        }

        return null;
    }

    /// <summary>The first of <paramref name="names"/> found with a non-null value anywhere in the data.</summary>
    private static string? FirstValued(JsonNode? node, string[] names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is not null && names.Contains(name, StringComparer.Ordinal))
                    {
                        return name;
                    }

                    if (FirstValued(value, names) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                return array.Select(item => FirstValued(item, names)).FirstOrDefault(found => found is not null);
            default:
                return null;
        }
    }
}
