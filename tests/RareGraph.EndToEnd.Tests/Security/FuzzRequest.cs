using System.Text;

namespace RareGraph.EndToEnd.Tests.Security;

/// <summary>One generated request: method, path with query string, headers and a raw body.</summary>
internal sealed record FuzzRequest(HttpMethod Method, string PathAndQuery, string? ContentType, string? Accept, string? ApiKey, byte[]? Body)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, new Uri(PathAndQuery, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        if (ApiKey is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Api-Key", ApiKey);
        }

        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 200));
        return $"{Method} {PathAndQuery} [{ContentType}] [{Accept}] {body}";
    }
}
