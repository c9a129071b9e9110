using GraphQL;

namespace RareGraph.TestSupport;

/// <summary>
/// Counts the documents that GraphQL executed — that got past parsing and validation, so resolvers could run — to
/// prove that a refused request ran nothing.
/// </summary>
public sealed class CountingDocumentExecuter(IDocumentExecuter inner) : IDocumentExecuter
{
    private int _executions;

    public int Executions => Volatile.Read(ref _executions);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        var result = await inner.ExecuteAsync(options);
        if (result.Executed)
        {
            Interlocked.Increment(ref _executions);
        }

        return result;
    }
}
