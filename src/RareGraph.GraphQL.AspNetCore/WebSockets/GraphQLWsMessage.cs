using System.Text.Json;
using GraphQL;

namespace RareGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>One message of the graphql-transport-ws protocol as received: its type, id and payload.</summary>
internal sealed record GraphQLWsMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>Null when the text is not a JSON object with a string <c>type</c>.</summary>
    public static GraphQLWsMessage? Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                id = idElement.GetString();
            }

            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            return new GraphQLWsMessage(type.GetString()!, id, payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The payload's properties as GraphQL inputs (for <c>variables</c> and <c>extensions</c>), or null.</summary>
    public static Inputs? ToInputs(IGraphQLTextSerializer serializer, JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value ? serializer.Deserialize<Inputs>(value.GetRawText()) : null;
}
