using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;
using RareGraph.Domain.Errors;

namespace RareGraph.GraphQL.Errors;

/// <summary>
/// Shapes every error the API returns: <c>extensions.code</c> is always one of <see cref="ErrorCodes"/>, the
/// offending input path is in <c>extensions.field</c>, and nothing of the server's internals leaks.
/// </summary>
internal sealed class RareGraphErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        var code = CodeOf(executionError);
        extensions["code"] = code;
        if (executionError.Data.Contains(RareGraphExecutionError.FieldKey) && executionError.Data[RareGraphExecutionError.FieldKey] is string field)
        {
            extensions["field"] = field;
        }

        if (executionError is ValidationError or SyntaxError or InvalidVariableError && executionError.Code is { } specCode)
        {
            extensions["reason"] = specCode;
        }

        return new ErrorInfo { Message = executionError.Message, Extensions = extensions };
    }

    private static string CodeOf(ExecutionError error) => error switch
    {
        RareGraphExecutionError ours => ours.Code!,
        _ when error.Code is "COMPLEXITY" or "MAX_DEPTH" => ErrorCodes.LimitExceeded,
        ValidationError or SyntaxError or InvalidVariableError or DocumentError => ErrorCodes.Validation,
        _ when error.InnerException is GraphQLSyntaxErrorException => ErrorCodes.Validation,
        _ => ErrorCodes.Internal,
    };
}
