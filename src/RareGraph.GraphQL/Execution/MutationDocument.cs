using GraphQLParser.AST;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Execution;

/// <summary>Recognises the mutation a request will run, before execution, so it can run in one write session.</summary>
internal static class MutationDocument
{
    private static readonly string[] KeyManagement = ["createApiKey", "revokeApiKey"];

    /// <summary>The operation that will run when it is a mutation; null for queries, subscriptions and unparsed documents.</summary>
    public static GraphQLOperationDefinition? Select(GraphQLDocument? document, string? operationName)
    {
        if (document is null)
        {
            return null;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => string.Equals(o.Name?.StringValue, operationName, StringComparison.Ordinal));
        return operation?.Operation == OperationType.Mutation ? operation : null;
    }

    /// <summary>
    /// True when key management shares its document with anything. Keys are kept apart from the graph, so a key issued
    /// by a document that then fails could not be taken back, and its secret would be lost with the answer.
    /// </summary>
    public static bool MixesKeyManagement(GraphQLDocument document, GraphQLOperationDefinition mutation) =>
        RootFields.Of(document, mutation).Overlaps(KeyManagement)
        && !(mutation.SelectionSet.Selections.Count == 1 && mutation.SelectionSet.Selections[0] is GraphQLField);
}
