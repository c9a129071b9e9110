using RareGraph.Domain.Querying;

namespace RareGraph.Domain.Tests.Querying;

/// <summary>The folding every store orders and searches names by, independent of the machine's culture and ICU.</summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Ökotárs Alapítvány", "okotars alapitvany")]
    [InlineData("Átlátszó", "atlatszo")]
    [InlineData("CRTA", "crta")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærø Øresund", "aero oresund")]
    [InlineData("Şırnak Çağ", "sirnak cag")]
    [InlineData("Crna Gora – Črna gora", "crna gora – crna gora")]
    [InlineData("Ёлка Йошкар-Ола", "елка иошкар-ола")]
    [InlineData("A\u0301tla\u0301tszo\u0301", "atlatszo")]
    [InlineData("Rights_100% Fund", "rights_100% fund")]
    [InlineData("", "")]
    public void Fold_Should_Ignore_Case_And_Accents(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void Fold_Should_Be_Idempotent_Over_Every_Letter_Of_The_European_Blocks()
    {
        for (var c = '\u0000'; c < '\u0530'; c++)
        {
            var once = TextFolding.Fold(c.ToString());
            Assert.Equal(once, TextFolding.Fold(once));
        }
    }

    [Fact]
    public void Compare_Should_Put_Accented_And_Capitalised_Names_Where_People_Look_For_Them()
    {
        string[] names = ["Zebra", "Ökotárs", "CRTA", "Átlátszó", "Central European University", "amnesty"];

        var sorted = names.Order(Comparer<string>.Create(TextFolding.Compare)).ToArray();

        Assert.Equal(["amnesty", "Átlátszó", "Central European University", "CRTA", "Ökotárs", "Zebra"], sorted);
    }

    [Fact]
    public void Compare_Should_Agree_With_Comparing_The_Folded_Forms_Ordinally()
    {
        string[] samples =
        [
            "", "a", "A", "ab", "Ab", "á", "a\u0301", "a\u0301b", "Straße", "strasse", "strassf", "Strass", "Ærø", "aero", "aer",
            "Łódź", "lodz", "Ёлка", "елка", "Rights_100% Fund", "rights_100% fund", "Z", "\u0301", "\u0301\u0301a", "\uFB01", "ß", "ss",
        ];
        var letters = Enumerable.Range(0, 0x530).Select(c => ((char)c).ToString());
        var texts = samples.Concat(letters).Concat(letters.Select(l => l + "a")).ToList();

        foreach (var x in samples)
        {
            foreach (var y in texts)
            {
                Assert.True(
                    Math.Sign(TextFolding.Compare(x, y)) == Math.Sign(string.CompareOrdinal(TextFolding.Fold(x), TextFolding.Fold(y))),
                    $"'{x}' against '{y}'");
                Assert.Equal(Math.Sign(TextFolding.Compare(x, y)), -Math.Sign(TextFolding.Compare(y, x)));
            }
        }
    }
}
