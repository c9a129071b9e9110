using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Issued API keys live in the graph store: added once per id, found by hash, listed, revoked once.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    protected static IssuedKey Key(string id, string hash, string role = "VIEWER") => new(id, hash, role, IssuedAt, "key:admin");

    private static string Hash(char digit) => "sha256:" + new string(digit, 64);

    [Fact]
    public async Task Issued_Key_Should_Be_Found_By_Hash_Listed_And_Revoked_Once()
    {
        var keys = IssuedKeysOf(await CreateEmptyStoreAsync());
        Assert.True(await keys.AddAsync(Key("partner-2", Hash('2'), "EDITOR"), null, None));
        Assert.True(await keys.AddAsync(Key("partner-1", Hash('1')), null, None));

        Assert.Equal(Key("partner-2", Hash('2'), "EDITOR"), await keys.FindByHashAsync(Hash('2'), None));
        Assert.Equal(["partner-1", "partner-2"], (await keys.ListAsync(None)).Select(k => k.Id));

        var revokedAt = IssuedAt.AddDays(1);
        Assert.True(await keys.RevokeAsync("partner-2", revokedAt, "key:security", null, None));
        Assert.False(await keys.RevokeAsync("partner-2", revokedAt.AddDays(1), "key:someone-else", null, None));

        var revoked = await keys.FindByHashAsync(Hash('2'), None);
        Assert.Equal((true, revokedAt, "key:security"), (revoked!.IsRevoked, revoked.RevokedAt, revoked.RevokedBy));
        Assert.False((await keys.FindByHashAsync(Hash('1'), None))!.IsRevoked);
    }

    [Fact]
    public async Task Adding_A_Taken_Id_Should_Change_Nothing()
    {
        var keys = IssuedKeysOf(await CreateEmptyStoreAsync());
        await keys.AddAsync(Key("twice", Hash('1'), "VIEWER"), null, None);

        Assert.False(await keys.AddAsync(Key("twice", Hash('2'), "ADMIN"), null, None));

        Assert.Null(await keys.FindByHashAsync(Hash('2'), None));
        Assert.Equal("VIEWER", Assert.Single(await keys.ListAsync(None)).Role);
    }

    [Fact]
    public async Task Unknown_Hash_Or_Id_Should_Find_And_Revoke_Nothing()
    {
        var keys = IssuedKeysOf(await CreateEmptyStoreAsync());

        Assert.Null(await keys.FindByHashAsync(Hash('9'), None));
        Assert.False(await keys.RevokeAsync("nobody", IssuedAt, "key:admin", null, None));
        Assert.Empty(await keys.ListAsync(None));
    }

    [Fact]
    public async Task Issuing_And_Revoking_Should_Record_Their_Audit_Entries_Under_New_Versions_Only_When_They_Change_Something()
    {
        var store = await SampleStoreAsync();
        var keys = IssuedKeysOf(store);
        var trail = AuditTrailOf(store);
        var before = await store.GetVersionAsync(None);

        Assert.True(await keys.AddAsync(Key("audited", Hash('3'), "EDITOR"), KeyAudit("createApiKey"), None));
        Assert.False(await keys.AddAsync(Key("audited", Hash('4'), "ADMIN"), KeyAudit("createApiKey"), None));
        Assert.True(await keys.RevokeAsync("audited", IssuedAt.AddDays(1), "key:admin", KeyAudit("revokeApiKey"), None));
        Assert.False(await keys.RevokeAsync("audited", IssuedAt.AddDays(2), "key:admin", KeyAudit("revokeApiKey"), None));

        Assert.Equal(before + 2, await store.GetVersionAsync(None));
        var entries = await trail.ListAsync(new AuditQuery(10), None);
        Assert.Equal(
            [(before + 2, "revokeApiKey"), (before + 1, "createApiKey")],
            entries.Select(e => (e.Version, e.Operation)));
        var change = Assert.Single(entries[1].Changes);
        Assert.Equal((AuditSubject.ApiKey, "audited"), (change.Subject, change.Key));
    }

    private static AuditRecord KeyAudit(string operation) =>
        new("key:admin", operation, IssuedAt, [new AuditedChange(AuditSubject.ApiKey, "audited", null, "{\"Id\":\"audited\"}")]);
}
