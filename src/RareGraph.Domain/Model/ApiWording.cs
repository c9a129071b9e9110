namespace RareGraph.Domain.Model;

/// <summary>
/// How messages a caller reads name the model: in the schema's words (<c>FUNDED_BY</c>, <c>NGO</c>, "an organisation"),
/// never the C# member names, and with the article English needs ("an AFFILIATED_WITH relationship").
/// </summary>
public static class ApiWording
{
    /// <summary>The UPPER_SNAKE name the schema gives <paramref name="value"/>.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames.ToUpperSnake(value.ToString());

    /// <summary>The lower-case noun for an entity label: "organisation", "threat", "action item".</summary>
    public static string Noun(EntityLabel label) =>
        EnumNames.ToUpperSnake(label.ToString()).Replace('_', ' ').ToLowerInvariant();

    /// <summary>The noun with its indefinite article: "an organisation", "a threat".</summary>
    public static string WithArticle(EntityLabel label) => WithArticle(Noun(label));

    /// <summary>
    /// <paramref name="word"/> after "a" or "an", chosen by its first letter (names in this API are read letter by letter
    /// or as words, and every one that starts with a vowel letter starts with a vowel sound).
    /// </summary>
    public static string WithArticle(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        return ("AEIOUaeiou".Contains(word[0], StringComparison.Ordinal) ? "an " : "a ") + word;
    }

    /// <summary><see cref="WithArticle(string)"/> at the start of a sentence: "An AFFILIATED_WITH relationship…".</summary>
    public static string StartingWithArticle(string word)
    {
        var phrase = WithArticle(word);
        return char.ToUpperInvariant(phrase[0]) + phrase[1..];
    }

    /// <summary>A relationship as a caller writes it: <c>from -[FUNDED_BY]-> to</c>.</summary>
    public static string Describe(RelationshipKey key) => $"{key.FromKey} -[{Name(key.Type)}]-> {key.ToKey}";
}
