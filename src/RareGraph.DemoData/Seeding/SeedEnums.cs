using RareGraph.Domain.Model;

namespace RareGraph.DemoData.Seeding;

/// <summary>Seed files spell enum values as the public API does (UPPER_SNAKE), so they read like API input.</summary>
internal static class SeedEnums
{
    public static TEnum Parse<TEnum>(string value, string field)
        where TEnum : struct, Enum =>
        EnumNames.TryParse<TEnum>(value, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Seed field {field}: '{value}' is not a {typeof(TEnum).Name}.");
}
