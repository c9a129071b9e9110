using System.Text.RegularExpressions;

namespace RareGraph.Server.Configuration;

/// <summary>Binds a configuration section, turning a value that does not convert into an <see cref="InvalidSettingException"/>.</summary>
internal static partial class SettingsBinder
{
    public static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException invalid)
        {
            // The binder's message quotes the value, which may be a secret: name the key and the type only.
            var match = BinderMessage().Match(invalid.Message);
            throw new InvalidSettingException(
                match.Success
                    ? $"{match.Groups["key"].Value} does not hold a value of type {match.Groups["type"].Value}."
                    : $"A setting under {section} does not hold a value of the type it needs.",
                invalid);
        }
    }

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BinderMessage();
}
