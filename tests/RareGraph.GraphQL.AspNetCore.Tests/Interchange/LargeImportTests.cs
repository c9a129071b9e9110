using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
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
        var broken = await WriteGraphMlAsync("broken.graphml", breakLastEdge: true);
        var good = await WriteGraphMlAsync("good.graphml", breakLastEdge: false);
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

    private async Task<string> WriteGraphMlAsync(string name, bool breakLastEdge)
    {
        var path = Path.Combine(_directory, name);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteLineAsync("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="n_entity" for="node" attr.name="entity" attr.type="string"/>
            <key id="n_label" for="node" attr.name="label" attr.type="string"/>
            <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
            <key id="e_relationship" for="edge" attr.name="relationship" attr.type="string"/>
            <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
            <graph edgedefault="directed">
            """);
        for (var i = 0; i < Organisations; i++)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"<node id=\"org:{i}\"><data key=\"n_entity\">Organisation</data><data key=\"n_label\">Organisation {i}</data><data key=\"n_kind\">NGO</data></node>"));
        }

        for (var i = 0; i < Organisations; i++)
        {
            for (var k = 1; k <= PartnersEach; k++)
            {
                var target = breakLastEdge && i == Organisations - 1 && k == PartnersEach ? "org:missing" : $"org:{(i + k) % Organisations}";
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"<edge source=\"org:{i}\" target=\"{target}\"><data key=\"e_relationship\">PARTNERS_WITH</data><data key=\"e_weight\">0.5</data></edge>"));
            }
        }

        await writer.WriteLineAsync("</graph></graphml>");
        return path;
    }
}
