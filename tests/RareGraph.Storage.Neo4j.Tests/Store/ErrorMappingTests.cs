using System.Net;
using RareGraph.Domain.Errors;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Tests.Store;

public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected")]
    [InlineData("Neo.TransientError.General.MemoryPoolOutOfMemoryError")]
    [InlineData("Neo.ClientError.Cluster.NotALeader")]
    [InlineData("Neo.ClientError.Transaction.InvalidBookmark")]
    public void Retryable_Codes_Should_Be_Transient(string code) =>
        Assert.IsType<TransientNeo4jException>(ErrorMapper.FromServerError(new Neo4jServerError(code, "")));

    [Theory]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", ErrorCodes.Conflict, false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", ErrorCodes.Unavailable, false)]
    [InlineData("Neo.ClientError.Security.Forbidden", ErrorCodes.Unavailable, false)]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", ErrorCodes.Unavailable, false)]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", ErrorCodes.LimitExceeded, false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", ErrorCodes.Internal, false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", ErrorCodes.Unavailable, false)]
    [InlineData("Neo.ClientError.Something.New", ErrorCodes.Internal, false)]
    public void Other_Codes_Should_Map_Most_Specific_First(string code, string expected, bool transient)
    {
        var error = Assert.IsAssignableFrom<RareGraphException>(ErrorMapper.FromServerError(new Neo4jServerError(code, "quoted: MATCH (n)")));

        Assert.Equal(expected, error.Code);
        Assert.Equal(transient, error.IsTransient);
        Assert.DoesNotContain("MATCH", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public void Overload_Statuses_Should_Be_Transient(HttpStatusCode status) =>
        Assert.IsType<TransientNeo4jException>(ErrorMapper.FromStatus(status));

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.NotAcceptable)]
    public void Setup_Statuses_Should_Be_Clear_Configuration_Errors(HttpStatusCode status)
    {
        var error = Assert.IsAssignableFrom<RareGraphException>(ErrorMapper.FromStatus(status));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.False(error.IsTransient);
        Assert.StartsWith("Neo4j answered", error.Message, StringComparison.Ordinal);
    }
}
