using RareGraph.GraphQL.Security;
using RareGraph.Server.Security;

namespace RareGraph.Server.Tests.Security;

/// <summary>
/// Configured API keys are found by the digest of the presented secret: exactly the key whose hash that is, however the
/// hash's hex digits are cased, and nothing for any other secret.
/// </summary>
public sealed class ConfiguredApiKeysTests
{
    private static readonly string AnalystSecret = ApiKeySecrets.Generate();
    private static readonly string AdminSecret = ApiKeySecrets.Generate();

    [Fact]
    public void A_Configured_Secret_Should_Find_Its_Own_Key()
    {
        var keys = Keys(("analyst", ApiKeySecrets.Hash(AnalystSecret), RareGraphRoles.Analyst), ("admin", ApiKeySecrets.Hash(AdminSecret), RareGraphRoles.Admin));

        var analyst = keys.Find(AnalystSecret);
        var admin = keys.Find(AdminSecret);

        Assert.Equal(("analyst", RareGraphRoles.Analyst, "key:analyst"), (analyst?.Id, analyst?.Role, analyst?.PrincipalName));
        Assert.Equal(("admin", RareGraphRoles.Admin, "key:admin"), (admin?.Id, admin?.Role, admin?.PrincipalName));
    }

    [Fact]
    public void An_Unknown_Or_Altered_Secret_Should_Find_Nothing()
    {
        var keys = Keys(("analyst", ApiKeySecrets.Hash(AnalystSecret), RareGraphRoles.Analyst));

        Assert.Null(keys.Find(ApiKeySecrets.Generate()));
        Assert.Null(keys.Find(AnalystSecret[..^1]));
        Assert.Null(keys.Find(AnalystSecret + "x"));
        Assert.Null(keys.Find(""));
        Assert.Null(keys.Find(new string('k', 10_000)));
    }

    [Fact]
    public void A_Hash_Written_In_Upper_Case_Should_Still_Match()
    {
        var hash = ApiKeySecrets.Hash(AnalystSecret);
        var keys = Keys(("analyst", "sha256:" + hash[7..].ToUpperInvariant(), RareGraphRoles.Analyst));

        Assert.Equal("analyst", keys.Find(AnalystSecret)?.Id);
    }

    [Fact]
    public void No_Configured_Keys_Should_Find_Nothing()
    {
        Assert.Null(ConfiguredApiKeys.None.Find(AnalystSecret));
        Assert.Null(Keys(("broken", "sha256:not-hex", RareGraphRoles.Admin)).Find(AnalystSecret));
    }

    private static ConfiguredApiKeys Keys(params (string Id, string Hash, string Role)[] keys) =>
        new(keys.Select(k => new SecurityOptions.ApiKeyOptions { Id = k.Id, Hash = k.Hash, Role = k.Role }));
}
