namespace RareGraph.Server.Configuration;

/// <summary>
/// A setting the server cannot start with. <c>Program</c> prints its message as one line on stderr and exits with
/// <see cref="ExitCode"/>: an operator needs the setting's name, not a stack trace.
/// </summary>
public sealed class InvalidSettingException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>EX_CONFIG from sysexits.h: "something was found in an unconfigured or misconfigured state".</summary>
    public const int ExitCode = 78;
}
