namespace RareGraph.Server.Configuration;

/// <summary>Binds a configuration section, turning a value that does not convert into an <see cref="InvalidSettingException"/>.</summary>
internal static class SettingsBinder
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
            // The binder's message names the key and the value's type ("Failed to convert configuration value at
            // 'RareGraph:DemoData' to type 'System.Boolean'"); the value itself may be a secret and is not repeated.
            throw new InvalidSettingException($"A setting under {section} has a value of the wrong type: {invalid.Message}", invalid);
        }
    }
}
