using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Tests.Projection;

public sealed class KeyIndexTests
{
    [Fact]
    public void Keys_Should_Be_Found_By_Equal_Strings_After_The_Table_Has_Grown_Many_Times()
    {
        var index = new KeyIndex(capacity: 1);
        var keys = Enumerable.Range(0, 5000).Select(i => $"org:{i}").ToArray();
        foreach (var key in keys)
        {
            index.GetOrAdd(key, out var added);
            Assert.True(added);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            // A fresh string with the same characters, as a store scan would produce.
            Assert.True(index.TryGetValue(new string(keys[i].AsSpan()), out var id));
            Assert.Equal(i, id);
            Assert.Same(keys[i], index.Keys[id]);
        }

        Assert.Equal(5000, index.Count);
    }

    [Fact]
    public void Adding_A_Key_Again_Should_Return_Its_First_Id_And_Add_Nothing()
    {
        var index = new KeyIndex(capacity: 4);
        var first = index.GetOrAdd("org:a", out var addedFirst);
        index.GetOrAdd("org:b", out _);

        var again = index.GetOrAdd(new string("org:a".AsSpan()), out var addedAgain);

        Assert.True(addedFirst);
        Assert.False(addedAgain);
        Assert.Equal(first, again);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Unknown_Keys_Should_Not_Be_Found()
    {
        var index = new KeyIndex(capacity: 4);
        index.GetOrAdd("a", out _);
        index.GetOrAdd("b", out _);

        Assert.False(index.TryGetValue("c", out _));
        Assert.False(index.ContainsKey("A"));
        Assert.Throws<KeyNotFoundException>(() => index["c"]);
    }
}
