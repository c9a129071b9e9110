namespace RareGraph.GraphQL.AspNetCore.Http;

internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    private const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    private const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>
    /// The <c>Content-Type</c> of a UTF-8 answer in <paramref name="mediaType"/>: one of two constant strings for the
    /// media types the endpoint chooses, so an answer builds no header text.
    /// </summary>
    public static string Utf8ContentType(string mediaType) =>
        string.Equals(mediaType, GraphQLResponse, StringComparison.Ordinal) ? GraphQLResponseUtf8
        : string.Equals(mediaType, Json, StringComparison.Ordinal) ? JsonUtf8
        : mediaType + "; charset=utf-8";
}
