using RareGraph.Domain.Model;

namespace RareGraph.Storage.Neo4j.Mapping;

/// <summary>Typed reads of decoded node or relationship properties, failing clearly when stored data is malformed.</summary>
internal readonly struct PropertyBag(IReadOnlyDictionary<string, object?> properties)
{
    public string String(string name) =>
        OptionalString(name) ?? throw new FormatException($"A stored record lacks its '{name}' property.");

    public string? OptionalString(string name) => properties.TryGetValue(name, out var value) ? value as string : null;

    public IReadOnlyList<string> Strings(string name) =>
        properties.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];

    public DateOnly Date(string name) =>
        OptionalDate(name) ?? throw new FormatException($"A stored record lacks its '{name}' date.");

    public DateOnly? OptionalDate(string name) => properties.TryGetValue(name, out var value) ? value switch
    {
        DateOnly date => date,
        string text => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    }
    : null;

    public long Long(string name) => properties.TryGetValue(name, out var value) ? value switch
    {
        long l => l,
        double d when d == Math.Floor(d) => (long)d,
        _ => throw new FormatException($"A stored '{name}' value is not an integer."),
    }
    : throw new FormatException($"A stored record lacks its '{name}' value.");

    public DateTimeOffset Moment(string name) =>
        OptionalMoment(name) ?? throw new FormatException($"A stored record lacks its '{name}' time.");

    /// <summary>A DATETIME property; plain JSON (or a zone-named value) brings it as ISO text.</summary>
    public DateTimeOffset? OptionalMoment(string name) => properties.TryGetValue(name, out var value) ? value switch
    {
        DateTimeOffset moment => moment,
        string text => DateTimeOffset.Parse(
            text.Split('[')[0], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal),
        _ => null,
    }
    : null;

    public double? OptionalDouble(string name) => properties.TryGetValue(name, out var value) ? value switch
    {
        double d => d,
        long l => l,
        _ => null,
    }
    : null;

    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        OptionalEnum<TEnum>(name) ?? throw new FormatException($"A stored record lacks its '{name}' value.");

    public TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) || EnumNames.TryParse(text, out value))
        {
            return value;
        }

        throw new FormatException($"A stored '{name}' value is not a known {typeof(TEnum).Name}.");
    }
}
