using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.Http;

/// <summary>Reads a GraphQL request from a POST body or GET query string, rejecting malformed ones with 4xx.</summary>
internal sealed class GraphQLRequestParser(IGraphQLSerializer serializer, ExecutionLimits limits)
{
    public async Task<GraphQLRequestData> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        CheckContentType(request.ContentType);

        if (request.ContentLength > limits.MaxRequestBytes)
        {
            throw TooLarge();
        }

        var body = await ReadBoundedAsync(request.Body, request.ContentLength, cancellationToken);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            throw Bad("The request body is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                throw Bad("Batched requests are not supported: send one operation per request.");
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Bad("The request body must be a JSON object with a 'query'.");
            }

            var root = document.RootElement;
            return new GraphQLRequestData(
                HasPersistedQuery(root) ? OptionalString(root, "query") ?? "" : RequiredString(root, "query"),
                OptionalString(root, "operationName"),
                OptionalMap(root, "variables"),
                OptionalMap(root, "extensions"));
        }
    }

    /// <summary>JSON in UTF-8, else 415; the two usual values are recognised without parsing the header.</summary>
    private static void CheckContentType(string? value)
    {
        if (string.Equals(value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(value, out var contentType)
            || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestParseException(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.Validation,
                "Send GraphQL requests as POST with Content-Type: application/json.");
        }

        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestParseException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.Validation, "Only UTF-8 request bodies are accepted.");
        }
    }

    public GraphQLRequestData ReadGet(HttpRequest request)
    {
        var query = request.Query["query"];
        if (query.Count == 0 && request.Query["extensions"].ToString().Contains("persistedQuery", StringComparison.Ordinal))
        {
            query = "";
        }
        else if (query.Count != 1 || string.IsNullOrEmpty(query[0]))
        {
            throw Bad("A GET request needs exactly one 'query' parameter.");
        }

        return new GraphQLRequestData(
            query[0]!,
            request.Query.TryGetValue("operationName", out var name) && name.Count > 0 ? name[0] : null,
            MapFromText(request.Query["variables"], "variables"),
            MapFromText(request.Query["extensions"], "extensions"));
    }

    private async Task<byte[]> ReadBoundedAsync(Stream body, long? declaredLength, CancellationToken cancellationToken)
    {
        if (declaredLength is { } length and > 0)
        {
            // The usual request: its length is declared (and checked against the limit), so it is read into one array of
            // that size, with no copying buffer or growth. The server ends a body that claims more than it sends.
            var exact = new byte[length];
            try
            {
                await body.ReadExactlyAsync(exact, cancellationToken);
            }
            catch (EndOfStreamException)
            {
                throw Bad("The request body ended before its declared Content-Length.");
            }

            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limits.MaxRequestBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (buffer.Length == 0)
        {
            throw Bad("The request body is empty: send a JSON object with a 'query'.");
        }

        return buffer.ToArray();
    }

    /// <summary>Automatic Persisted Queries may leave out the query and name it by hash instead.</summary>
    private static bool HasPersistedQuery(JsonElement root) =>
        root.TryGetProperty("extensions", out var extensions)
        && extensions.ValueKind == JsonValueKind.Object
        && extensions.TryGetProperty("persistedQuery", out _);

    private static string RequiredString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Bad($"The request has no '{name}'.");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad($"'{name}' must be a string.");
        }

        return value.GetString()!;
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Bad($"'{name}' must be a string or null.");
    }

    private Inputs? OptionalMap(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(value) : throw Bad($"'{name}' must be a JSON object or null.");
    }

    private Inputs? MapFromText(Microsoft.Extensions.Primitives.StringValues text, string name)
    {
        if (text.Count == 0 || string.IsNullOrEmpty(text[0]))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(text[0]!));
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.ReadNode<Inputs>(document.RootElement.Clone()),
                _ => throw Bad($"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw Bad($"'{name}' is not valid JSON.");
        }
    }

    private static RequestParseException Bad(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.Validation, message);

    private RequestParseException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.LimitExceeded, $"The request body exceeds {limits.MaxRequestBytes} bytes.");
}
