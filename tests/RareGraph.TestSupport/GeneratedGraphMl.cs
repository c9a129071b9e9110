using System.Globalization;
using System.Text;

namespace RareGraph.TestSupport;

/// <summary>
/// Writes a GraphML file of generated organisations, each PARTNERS_WITH the next <c>partnersEach</c> ones (wrapping
/// around), streamed line by line so that files of hundreds of thousands of relationships cost no memory to make.
/// </summary>
public static class GeneratedGraphMl
{
    /// <summary>
    /// Writes <c>organisations × partnersEach</c> relationships to <paramref name="path"/>. With
    /// <paramref name="missingLastTarget"/>, the very last relationship points at an organisation the file does not
    /// hold, so an all-or-nothing import must refuse the whole file.
    /// </summary>
    public static async Task<string> WriteAsync(string path, int organisations, int partnersEach, bool missingLastTarget = false)
    {
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
        for (var i = 0; i < organisations; i++)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"<node id=\"org:{i}\"><data key=\"n_entity\">Organisation</data><data key=\"n_label\">Organisation {i}</data><data key=\"n_kind\">NGO</data></node>"));
        }

        for (var i = 0; i < organisations; i++)
        {
            for (var k = 1; k <= partnersEach; k++)
            {
                var target = missingLastTarget && i == organisations - 1 && k == partnersEach ? "org:missing" : $"org:{(i + k) % organisations}";
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"<edge source=\"org:{i}\" target=\"{target}\"><data key=\"e_relationship\">PARTNERS_WITH</data><data key=\"e_weight\">0.5</data></edge>"));
            }
        }

        await writer.WriteLineAsync("</graph></graphml>");
        return path;
    }
}
