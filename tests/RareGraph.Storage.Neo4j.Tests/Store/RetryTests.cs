using System.Net;
using RareGraph.Domain.Errors;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Store;

public sealed class RetryTests
{
    private const string TransientError =
        """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""";

    [Fact]
    public async Task Read_Should_Be_Retried_After_503_And_Then_Succeed()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 7 }.Then(HttpStatusCode.ServiceUnavailable, "");
        var store = StoreFactory.Create(handler);

        Assert.Equal(7, await store.GetVersionAsync(CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Transient_Neo4j_Error_Should_Be_Retried_Even_With_Status_202()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 3 }.Then(HttpStatusCode.Accepted, TransientError);
        var store = StoreFactory.Create(handler);

        Assert.Equal(3, await store.GetVersionAsync(CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Dropped_Connection_Should_Be_Retried()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 4 }.ThenDrop().ThenDrop();
        var store = StoreFactory.Create(handler);

        Assert.Equal(4, await store.GetVersionAsync(CancellationToken.None));
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Timeout_Should_Count_As_Transient()
    {
        var handler = new FakeNeo4jHandler().Then(_ => throw new TaskCanceledException("timed out"));
        var store = StoreFactory.Create(handler);

        Assert.Equal(1, await store.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Non_Transient_Error_Should_Not_Be_Retried()
    {
        var handler = new FakeNeo4jHandler().Then(
            HttpStatusCode.BadRequest,
            """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'x' in MATCH (n {secret: 'value'})"}]}""");
        var store = StoreFactory.Create(handler);

        var error = await Assert.ThrowsAsync<RareGraphException>(() => store.GetVersionAsync(CancellationToken.None));

        Assert.Equal(ErrorCodes.Internal, error.Code);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Exhausted_Retries_Should_Report_Transient_Unavailable()
    {
        var handler = new FakeNeo4jHandler();
        for (var i = 0; i < 4; i++)
        {
            handler.Then(HttpStatusCode.ServiceUnavailable, "");
        }

        var store = StoreFactory.Create(handler, o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<RareGraphException>(() => store.GetVersionAsync(CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.True(error.IsTransient);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task Store_Should_Recover_When_Neo4j_Comes_Back_Without_A_Restart()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 9 };
        for (var i = 0; i < 2; i++)
        {
            handler.ThenDrop();
        }

        var store = StoreFactory.Create(handler, o => o.MaxRetries = 1);

        await Assert.ThrowsAsync<RareGraphException>(() => store.GetVersionAsync(CancellationToken.None));
        Assert.Equal(9, await store.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Caller_Cancellation_Should_Not_Be_Retried_Or_Wrapped()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var handler = new FakeNeo4jHandler();
        var store = StoreFactory.Create(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetVersionAsync(cancelled.Token));
    }
}
