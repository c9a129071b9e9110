using System.Globalization;

namespace RareGraph.Interchange.Formats;

/// <summary>How attribute values are written as text in every format: invariant culture, round-trippable numbers.</summary>
internal static class ValueText
{
    public static string Of(object value) => value switch
    {
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
