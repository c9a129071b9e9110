using System.Net;
using System.Net.Http.Headers;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

/// <summary>200,000 relationships in one request, all or nothing (what importGraph needed 20 separate calls for).</summary>
public sealed class LargeImportTests : IDisposable
{
    private const int Organisations = 2_000;
    private const int PartnersEach = 100;
    private readonly string _directory = Directory.CreateTempSubdirectory("raregraph-large-import-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Two_Hundred_Thousand_Relationships_Land_In_One_Request_All_Or_Nothing()
    {
        using var app = new RareGraphApp(demoData: false);
        var broken = await GeneratedGraphMl.WriteAsync(Path.Combine(_directory, "broken.graphml"), Organisations, PartnersEach, missingLastTarget: true);
        var good = await GeneratedGraphMl.WriteAsync(Path.Combine(_directory, "good.graphml"), Organisations, PartnersEach, missingLastTarget: false);
        var before = await InterchangeClient.VersionAsync(app);

        using (var refused = await PostAsync(app, broken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(before, await InterchangeClient.VersionAsync(app));
        Assert.Equal(0, await RelationshipTotalAsync(app));

        using (var accepted = await PostAsync(app, good))
        {
            Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        }

        Assert.Equal(before + 1, await InterchangeClient.VersionAsync(app));
        Assert.Equal(Organisations * PartnersEach, await RelationshipTotalAsync(app));
    }

    private static async Task<HttpResponseMessage> PostAsync(RareGraphApp app, string path)
    {
        var content = new StreamContent(File.OpenRead(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/graphml+xml");
        return await InterchangeClient.ImportAsync(app, content);
    }

    private static async Task<int> RelationshipTotalAsync(RareGraphApp app) =>
        (await app.GraphQLAsync("{ relationshipCounts { count } }"))["data"]!["relationshipCounts"]!.AsArray().Sum(b => b!["count"]!.GetValue<int>());

}
