using GraphQL;
using GraphQLParser.AST;

namespace RareGraph.GraphQL.Execution;

/// <summary>
/// A request after the executor's guard looked at it (<see cref="RareGraphExecutor.Admit"/>): refused with its answer,
/// or let through with its parsed document.
/// </summary>
public sealed class AdmittedRequest
{
    internal AdmittedRequest(GraphQLRequestData request, GraphQLDocument? document, ExecutionResult? refusal)
    {
        Request = request;
        Document = document;
        Refusal = refusal;
    }

    public GraphQLRequestData Request { get; }

    /// <summary>The answer to a refused request, which must not run; null when it may.</summary>
    public ExecutionResult? Refusal { get; }

    /// <summary>
    /// True when the request will run a query: admitted, parsed, and its selected operation neither a mutation nor a
    /// subscription. Only such a request's answer can be served from, or kept in, the response cache.
    /// </summary>
    public bool IsQuery => Refusal is null && SelectedOperation()?.Operation == OperationType.Query;

    internal GraphQLDocument? Document { get; }

    private GraphQLOperationDefinition? SelectedOperation()
    {
        if (Document is null)
        {
            return null;
        }

        GraphQLOperationDefinition? selected = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (Request.OperationName is null)
            {
                if (selected is not null)
                {
                    return null;
                }

                selected = operation;
            }
            else if (string.Equals(operation.Name?.StringValue, Request.OperationName, StringComparison.Ordinal))
            {
                return operation;
            }
        }

        return Request.OperationName is null ? selected : null;
    }
}
