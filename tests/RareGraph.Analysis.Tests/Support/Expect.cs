using RareGraph.Domain.Errors;

namespace RareGraph.Analysis.Tests.Support;

internal static class Expect
{
    public const double Precision = 1e-12;

    public static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Precision, $"expected {expected:R}, got {actual:R}");

    public static RareGraphException Error(string code, string? field, Action action)
    {
        var error = Assert.Throws<RareGraphException>(action);
        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Field);
        return error;
    }
}
