using System.Globalization;
using Microsoft.AspNetCore.Http;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

/// <summary>
/// Reads the query string of an export: <c>at</c>, <c>types</c>, <c>kinds</c>, <c>minConfidence</c>, <c>metrics</c>,
/// <c>redact</c>, and for impact exports <c>threat</c>, <c>maxHops</c>, <c>minScore</c> and <c>weights</c>
/// (<c>TYPE:weight</c> pairs). Lists are comma separated or repeated. A bad value is a VALIDATION error naming it.
/// </summary>
internal sealed class ExportArguments(IQueryCollection query)
{
    public DateOnly? At => Date("at");

    public double MinConfidence => Number("minConfidence", ConfidenceThreshold.Default, 0, 1);

    public bool Metrics => Flag("metrics");

    public bool Redact => Flag("redact");

    public IReadOnlySet<RelationshipType>? Types => Enums<RelationshipType>("types");

    public IReadOnlySet<OrganisationKind>? Kinds => Enums<OrganisationKind>("kinds");

    public string Threat => Values("threat").FirstOrDefault() is { Length: > 0 } threat
        ? threat
        : throw RareGraphException.Validation("threat", "Name the threat: ?threat=<key>.");

    public ImpactOptions Impact() => new()
    {
        MaxHops = (int)Number("maxHops", ImpactOptions.DefaultMaxHops, ImpactAnalysis.MinHops, ImpactAnalysis.MaxHopsAllowed, integer: true),
        MinScore = Number("minScore", ImpactOptions.DefaultMinScore, double.Epsilon, 1),
        At = At,
        MinConfidence = MinConfidence,
        Weights = Weights(),
        Kinds = Kinds,
    };

    private List<WeightOverride> Weights()
    {
        var weights = new List<WeightOverride>();
        foreach (var pair in Values("weights"))
        {
            var parts = pair.Split(':');
            if (parts.Length != 2
                || !EnumNames.TryParse<RelationshipType>(parts[0].Trim(), out var type)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw RareGraphException.Validation("weights", $"'{pair}' is not TYPE:weight (for example MEMBER_OF:0.2).");
            }

            weights.Add(new WeightOverride(type, weight));
        }

        return weights;
    }

    private IEnumerable<string> Values(string name) =>
        query.TryGetValue(name, out var values)
            ? values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : [];

    private DateOnly? Date(string name)
    {
        var text = Values(name).FirstOrDefault();
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw RareGraphException.Validation(name, $"{name} must be a date as YYYY-MM-DD.");
    }

    private double Number(string name, double fallback, double min, double max, bool integer = false)
    {
        var text = Values(name).FirstOrDefault();
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max || (integer && Math.Floor(value) != value))
        {
            throw RareGraphException.Validation(name, $"{name} must be {(integer ? "a whole number" : "a number")} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    private bool Flag(string name)
    {
        var text = Values(name).FirstOrDefault();
        return text switch
        {
            null => false,
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw RareGraphException.Validation(name, $"{name} must be true or false."),
        };
    }

    private HashSet<TEnum>? Enums<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var texts = Values(name).ToList();
        if (texts.Count == 0)
        {
            return null;
        }

        var set = new HashSet<TEnum>();
        foreach (var text in texts)
        {
            if (!EnumNames.TryParse<TEnum>(text.ToUpperInvariant(), out var value))
            {
                var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => EnumNames.ToUpperSnake(v.ToString())));
                throw RareGraphException.Validation(name, $"'{text}' is not one of {allowed}.");
            }

            set.Add(value);
        }

        return set;
    }
}
