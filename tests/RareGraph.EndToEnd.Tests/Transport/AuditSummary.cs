using System.Text.Json;
using RareGraph.EndToEnd.Tests.Infrastructure;

namespace RareGraph.EndToEnd.Tests.Transport;

/// <summary>The JSON summary printed by <c>tests/e2e/audit.mjs</c>, counted by requirement level.</summary>
internal sealed record AuditSummary(int Total, int MustPassed, int MustFailed, int ShouldPassed, int ShouldFailed, int MayPassed, int MayFailed, string BlockingFailures)
{
    public string CountsLine =>
        $"graphql-http audits: {Total} run; MUST {MustPassed} ok / {MustFailed} failed; "
        + $"SHOULD {ShouldPassed} ok / {ShouldFailed} failed; MAY {MayPassed} ok / {MayFailed} failed";

    public static AuditSummary Parse(NodeToolResult result)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(result.StandardOutput);
        }
        catch (JsonException)
        {
            Assert.Fail($"audit.mjs printed no JSON summary.{Environment.NewLine}{result}");
            throw;
        }

        using (document)
        {
            var root = document.RootElement;
            var levels = root.GetProperty("byLevel");
            int Count(string level, string outcome) => levels.GetProperty(level).GetProperty(outcome).GetInt32();
            var blocking = root.GetProperty("failures").EnumerateArray()
                .Where(f => f.GetProperty("level").GetString() is "MUST" or "SHOULD")
                .Select(f => $"{f.GetProperty("name").GetString()}: {f.GetProperty("reason").GetString()}");
            return new AuditSummary(
                root.GetProperty("passed").GetInt32() + root.GetProperty("failed").GetInt32(),
                Count("MUST", "ok"),
                Count("MUST", "fail"),
                Count("SHOULD", "ok"),
                Count("SHOULD", "fail"),
                Count("MAY", "ok"),
                Count("MAY", "fail"),
                string.Join(Environment.NewLine, blocking));
        }
    }
}
