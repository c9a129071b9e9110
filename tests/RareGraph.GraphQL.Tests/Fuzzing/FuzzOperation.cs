using System.Text.Json.Nodes;

namespace RareGraph.GraphQL.Tests.Fuzzing;

/// <summary>One generated request: who sends it, the document and its variables, and how to replay it.</summary>
public sealed record FuzzOperation(int Index, string Role, string Document, JsonObject? Variables)
{
    public override string ToString() =>
        $"#{Index} as {Role}: {Document}{(Variables is null ? "" : " variables " + Variables.ToJsonString())}";
}
