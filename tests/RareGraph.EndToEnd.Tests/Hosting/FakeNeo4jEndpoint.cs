using System.Net;
using System.Text;

namespace RareGraph.EndToEnd.Tests.Hosting;

/// <summary>
/// A stand-in for Neo4j's HTTP endpoint on 127.0.0.1, enough for the server's start: discovery, then every statement
/// answered with an empty result (a graph version of 0 where one is asked for), or refused with 401 to play a server
/// whose credentials are wrong. The answers follow the Query API's documented JSON.
/// </summary>
internal sealed class FakeNeo4jEndpoint : IDisposable
{
    private const string Discovery =
        """{"transaction":"http://127.0.0.1/db/{databaseName}/tx","query":"http://127.0.0.1/db/{databaseName}/query/v2","neo4j_version":"5.26.0","neo4j_edition":"community"}""";

    private readonly HttpListener _listener = new();
    private readonly bool _refuseCredentials;
    private readonly Task _serving;

    public FakeNeo4jEndpoint(int port, bool refuseCredentials = false)
    {
        _refuseCredentials = refuseCredentials;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Statements { get; private set; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            string body;
            if (context.Request.HttpMethod == "GET")
            {
                response.StatusCode = 200;
                response.ContentType = "application/json";
                body = Discovery;
            }
            else if (_refuseCredentials)
            {
                response.StatusCode = 401;
                response.ContentType = "application/json";
                body = """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""";
            }
            else
            {
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var statement = await reader.ReadToEndAsync();
                Statements++;
                response.StatusCode = 202;
                response.ContentType = "application/vnd.neo4j.query";
                body = statement.Contains(" AS version", StringComparison.Ordinal)
                    ? """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"0"}]]},"bookmarks":["FB:fake"]}"""
                    : """{"data":{"fields":[],"values":[]},"bookmarks":["FB:fake"]}""";
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
    }
}
