using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RareGraph.Benchmarks.Http;

/// <summary>
/// The peer every HTTP ratio is measured against: Kestrel on loopback with nothing but a terminal handler that reads
/// the request body and answers the trivial query's JSON. What the production pipeline costs beyond it is the ratio.
/// </summary>
internal sealed class BareKestrel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareKestrel(WebApplication app, IPEndPoint endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public IPEndPoint Endpoint { get; }

    public static async Task<BareKestrel> StartAsync(byte[] answer)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async http =>
        {
            var buffer = new byte[4096];
            while (await http.Request.Body.ReadAsync(buffer, http.RequestAborted) > 0)
            {
            }

            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            http.Response.ContentLength = answer.Length;
            await http.Response.Body.WriteAsync(answer, http.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareKestrel(app, IPEndPoint.Parse(new Uri(address).Authority));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
