using GraphQL;
using RareGraph.Domain.Errors;

namespace RareGraph.GraphQL.Errors;

/// <summary>An execution error built from a <see cref="RareGraphException"/>, or from an unexpected fault (masked).</summary>
public sealed class RareGraphExecutionError : ExecutionError
{
    public const string FieldKey = "rareGraphField";

    public RareGraphExecutionError(string code, string message, string? field, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        if (field is not null)
        {
            Data[FieldKey] = field;
        }
    }

    public static RareGraphExecutionError From(RareGraphException exception) =>
        new(exception.Code, exception.Message, exception.Field, exception);
}
