using System.Text.Json;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>Writes a Query API request body: the statement, typed parameters, bookmarks and access mode.</summary>
internal static class RequestWriter
{
    public static byte[] Write(CypherRequest request, IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (request.Statement is not null)
            {
                writer.WriteString("statement", request.Statement);
                writer.WritePropertyName("parameters");
                ValueWriter.WriteMap(writer, request.Parameters);
            }

            if (bookmarks.Count > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            if (request.ReadOnly)
            {
                writer.WriteString("accessMode", "Read");
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
