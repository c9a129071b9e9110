using System.Security.Claims;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// The gate every request passes before GraphQL validation: parses the document once (bounded depth), refuses
/// oversized shapes and variables, and decides from the root fields whether the caller may run the operation at all.
/// </summary>
/// <remarks>
/// Root-field authorisation follows the GraphQL specification's operation model (§6.1 selecting the operation, §5.5
/// fragment spreads): inline fragments and spreads at the root are followed, each fragment once, so cycles terminate.
/// </remarks>
internal sealed class RequestGuard(DocumentLimits limits, AccessOptions access, ISchema schema)
{

    /// <summary>
    /// Null when the request may proceed; <paramref name="document"/> is then the parsed document to execute, or null when
    /// it did not parse (execution reports the syntax error and runs nothing).
    /// </summary>
    public RequestRefusal? Check(GraphQLRequestData request, ClaimsPrincipal user, out GraphQLDocument? document)
    {
        ArgumentNullException.ThrowIfNull(request);
        document = null;
        if (VariableSize.Exceeds(request.Variables, limits.MaxVariableValues))
        {
            return RequestRefusal.Limit($"Variables may hold at most {limits.MaxVariableValues} values.", "variables");
        }

        try
        {
            document = Parser.Parse(request.Query, new ParserOptions { MaxDepth = limits.MaxSyntaxDepth, Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return RequestRefusal.Limit($"The document nests deeper than {limits.MaxSyntaxDepth} levels.", "query");
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        return CheckShape(DocumentShape.Of(document)) ?? CheckExpansion(document) ?? CheckAccess(document, request.OperationName, user);
    }

    private RequestRefusal? CheckShape(DocumentShape shape) =>
        shape.Operations > limits.MaxOperations ? RequestRefusal.Limit($"A document may hold at most {limits.MaxOperations} operations.", "query")
        : shape.Fragments > limits.MaxFragments ? RequestRefusal.Limit($"A document may hold at most {limits.MaxFragments} fragments.", "query")
        : shape.Aliases > limits.MaxAliases ? RequestRefusal.Limit($"A document may use at most {limits.MaxAliases} aliases.", "query")
        : shape.Selections > limits.MaxSelections ? RequestRefusal.Limit($"A document may select at most {limits.MaxSelections} fields.", "query")
        : null;

    private RequestRefusal? CheckExpansion(GraphQLDocument document) =>
        ExpandedSize.Of(document) > limits.MaxExpandedSelections
            ? RequestRefusal.Limit($"With its fragments expanded, an operation may select at most {limits.MaxExpandedSelections} fields.", "query")
            : null;

    private RequestRefusal? CheckAccess(GraphQLDocument document, string? operationName, ClaimsPrincipal user)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => string.Equals(o.Name?.StringValue, operationName, StringComparison.Ordinal));
        if (operation is null)
        {
            // Validation reports the missing or ambiguous operation; nothing runs.
            return null;
        }

        var rootType = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        foreach (var field in RootFields.Of(document, operation))
        {
            // A field the schema lacks is left to validation (a typo is VALIDATION, not FORBIDDEN) for callers who may
            // read at all; real fields missing from the policy stay closed (ADMIN) until someone decides who may use them.
            if (!field.StartsWith("__", StringComparison.Ordinal) && rootType?.GetField(field) is null
                && (RareGraphRoles.IsSignedIn(user) || access.AllowAnonymousRead))
            {
                continue;
            }

            var needed = RootFieldPolicy.For(operation.Operation, field);
            if (!Allows(user, needed))
            {
                return Deny(user, field, needed);
            }
        }

        return null;
    }

    private bool Allows(ClaimsPrincipal user, string needed)
    {
        if (RareGraphRoles.IsSignedInWithoutRole(user))
        {
            return false;
        }

        var signedIn = RareGraphRoles.IsSignedIn(user);
        return needed switch
        {
            RootFieldPolicy.Introspection => signedIn || access.AllowAnonymousIntrospection,
            RareGraphRoles.Public => signedIn || access.AllowAnonymousRead,
            _ => signedIn && RareGraphRoles.HasAtLeast(user, needed),
        };
    }

    private static RequestRefusal Deny(ClaimsPrincipal user, string field, string needed)
    {
        if (!RareGraphRoles.IsSignedIn(user))
        {
            return new RequestRefusal(ErrorCodes.Unauthenticated, $"Sign in (an API key or a bearer token) to use '{field}'.");
        }

        if (RareGraphRoles.IsSignedInWithoutRole(user))
        {
            return new RequestRefusal(ErrorCodes.Forbidden, RareGraphRoles.NoRoleMessage);
        }

        var shown = string.Equals(needed, RootFieldPolicy.Introspection, StringComparison.Ordinal) ? "a signed-in role" : needed;
        return new RequestRefusal(ErrorCodes.Forbidden, $"Your role {RareGraphRoles.HighestOf(user)} may not use '{field}'; it needs {shown}.");
    }
}
