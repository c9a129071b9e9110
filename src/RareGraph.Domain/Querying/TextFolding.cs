namespace RareGraph.Domain.Querying;

using System.Globalization;
using System.Text;

/// <summary>
/// Folds text the way people read names: case, accents and a few letters that have no decomposition do not matter,
/// so "Ökotárs", "okotars" and "OKOTARS" fold alike and "Átlátszó" sorts among the A's. The folding is culture-invariant
/// (the same on every server whatever its locale), idempotent, and what every store orders names by and searches in.
/// </summary>
/// <remarks>
/// Unicode canonical decomposition (UAX #15, form D) separates base letters from their combining marks, which are then
/// dropped (general category Mn); the rest is lower-cased with the invariant culture's mapping. Letters that Unicode
/// does not decompose into a base and a mark (ø, ł, đ, ß, æ, œ, þ, ı) are mapped by hand to what a reader types.
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

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower switch
            {
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                'ı' => "i",
                _ => null,
            } ?? lower.ToString());
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
