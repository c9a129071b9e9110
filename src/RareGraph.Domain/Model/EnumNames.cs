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

    /// <summary>The member whose UPPER_SNAKE name is <paramref name="upperSnake"/> (compared ordinally).</summary>
    public static bool TryParse<TEnum>(string upperSnake, out TEnum value)
        where TEnum : struct, Enum => UpperSnakeNames<TEnum>.Members.TryGetValue(upperSnake, out value);

    /// <summary>
    /// Each enum's members by UPPER_SNAKE name, worked out once per type: an import parses a type name on every row, and
    /// deriving every member's name again each time was one of its hot spots.
    /// </summary>
    private static class UpperSnakeNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<string, TEnum> Members = Build();

        private static Dictionary<string, TEnum> Build()
        {
            var members = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (var member in Enum.GetValues<TEnum>())
            {
                // The first member with a name wins, as the search through the members did.
                members.TryAdd(ToUpperSnake(member.ToString()), member);
            }

            return members;
        }
    }
}
