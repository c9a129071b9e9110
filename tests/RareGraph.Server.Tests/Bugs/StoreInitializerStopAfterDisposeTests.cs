using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RareGraph.Server.Hosting;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Bugs;

/// <summary>
/// The end-to-end suite failed once in class clean-up with "The CancellationTokenSource has been disposed", thrown by
/// <see cref="StoreInitializer"/>.StopAsync: WebApplicationFactory's teardown can dispose the host's services before it
/// stops them. Stopping a disposed initializer now does nothing.
/// </summary>
public sealed class StoreInitializerStopAfterDisposeTests
{
    [Fact]
    public async Task Stopping_The_Store_Initializer_After_It_Was_Disposed_Should_Not_Throw()
    {
        using var app = new RareGraphApp(demoData: false);
        _ = app.CreateClient();
        var initializer = app.Services.GetServices<IHostedService>().OfType<StoreInitializer>().Single();

        initializer.Dispose();
        var stop = await Record.ExceptionAsync(() => initializer.StopAsync(CancellationToken.None));

        Assert.Null(stop);
    }
}
