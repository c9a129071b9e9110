using Microsoft.Data.Sqlite;
using RareGraph.Domain.Errors;

namespace RareGraph.Storage.Sqlite;

/// <summary>Turns SQLite faults into UNAVAILABLE without SQL in the message; a busy or locked database is transient.</summary>
internal static class StoreFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (SqliteException e)
        {
            throw Translate(e);
        }
    }

    public static RareGraphException Translate(SqliteException fault)
    {
        var busy = fault.SqliteErrorCode is SqliteBusy or SqliteLocked;
        return new RareGraphException(
            ErrorCodes.Unavailable,
            busy ? "The embedded store is busy; retry the request." : "The embedded store could not complete the operation.",
            null,
            fault)
        {
            IsTransient = busy,
        };
    }
}
