using System.Globalization;
using System.Text;
using RareGraph.GraphQL.Tests.Security;

namespace RareGraph.GraphQL.Tests.Bugs;

/// <summary>
/// A document of 31 fragments, each spreading the one before twice, expands to 2^30 selections: validation walked
/// every expansion and stalled. It is now refused by its expanded size, measured in linear time, before execution.
/// </summary>
public sealed class FragmentFanOutTests(AbuseTests.App fixture) : IClassFixture<AbuseTests.App>
{
    private readonly Refusal _refusal = new(fixture.Instance);

    [Fact]
    public async Task Fragment_Fan_Out_Of_Two_To_The_Thirtieth_Should_Be_Limit_Exceeded()
    {
        var fragments = new StringBuilder("fragment F0 on Query { organisations(first: 100) { nodes { key name } } }");
        for (var i = 1; i <= 30; i++)
        {
            fragments.Append(CultureInfo.InvariantCulture, $" fragment F{i} on Query {{ ...F{i - 1} ... on Query {{ ...F{i - 1} }} }}");
        }

        await _refusal.AssertRefusedAsync("{ ...F30 } " + fragments, "LIMIT_EXCEEDED");
    }
}
