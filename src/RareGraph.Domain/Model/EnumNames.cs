using System.Text;

namespace RareGraph.Domain.Model;

/// <summary>Converts between C# enum member names and the UPPER_SNAKE names of the public API.</summary>
public static class EnumNames
{
    public static string ToUpperSnake(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    public static bool TryParse<TEnum>(string upperSnake, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ToUpperSnake(candidate.ToString()), upperSnake, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
