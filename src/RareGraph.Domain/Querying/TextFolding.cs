using System.Globalization;
using System.Text;

namespace RareGraph.Domain.Querying;

/// <summary>
/// Folds text the way people read names: case, accents and a few letters that have no decomposition do not matter,
/// so "Ökotárs", "okotars" and "OKOTARS" fold alike and "Átlátszó" sorts among the A's. The folding is culture-invariant
/// (the same on every server whatever its locale), idempotent, and what every store orders names by and searches in.
/// </summary>
/// <remarks>
/// Each character is lower-cased with the invariant culture's mapping; combining marks (general category Mn, as in text
/// typed decomposed) are dropped; letters with a diacritic and the few letters that Unicode does not decompose are
/// replaced from <see cref="TextFoldingTable"/>, derived from canonical decomposition (UAX #15).
/// </remarks>
public static class TextFolding
{
    /// <summary>The folded form of <paramref name="text"/>: compare two folded forms ordinally.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsFoldedAscii(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (TextFoldingTable.Replacements.TryGetValue(lower, out var replacement))
            {
                builder.Append(replacement);
            }
            else
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }

    /// <summary>Orders two texts as people read them: by their folded forms, ordinally.</summary>
    /// <remarks>
    /// The folded forms are compared as they are produced, character by character, without building them: SQLite calls
    /// this for every comparison in the name index (a bulk import's index build makes millions of calls), where folding
    /// both names into new strings each time was most of the cost. The answer has the sign of
    /// <c>string.CompareOrdinal(Fold(x), Fold(y))</c>.
    /// </remarks>
    public static int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return Comparer<string?>.Default.Compare(x, y);
        }

        var left = new FoldedChars(x);
        var right = new FoldedChars(y);
        while (true)
        {
            var l = left.Next();
            var r = right.Next();
            if (l != r)
            {
                // The end (-1) sorts before any character, as a prefix does ordinally.
                return l < r ? -1 : 1;
            }

            if (l < 0)
            {
                return 0;
            }
        }
    }

    /// <summary>Plain lower-case ASCII needs no work; most keys and many names are like that.</summary>
    private static bool IsFoldedAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters of <see cref="Fold"/>'s result, one at a time, then -1.</summary>
    private struct FoldedChars(string text)
    {
        private int _index;
        private string? _replacement;
        private int _replacementIndex;

        public int Next()
        {
            while (true)
            {
                if (_replacement is not null)
                {
                    if (_replacementIndex < _replacement.Length)
                    {
                        return _replacement[_replacementIndex++];
                    }

                    _replacement = null;
                }

                if (_index >= text.Length)
                {
                    return -1;
                }

                var c = text[_index++];
                if (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var lower = char.ToLowerInvariant(c);
                if (TextFoldingTable.Replacements.TryGetValue(lower, out var replacement))
                {
                    (_replacement, _replacementIndex) = (replacement, 0);
                    continue;
                }

                return lower;
            }
        }
    }
}
