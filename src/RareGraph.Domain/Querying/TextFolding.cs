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
    public static int Compare(string? x, string? y) =>
        x is null || y is null ? Comparer<string?>.Default.Compare(x, y) : string.CompareOrdinal(Fold(x), Fold(y));

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
}
