namespace RareGraph.Domain.Model;

/// <summary>
/// Sources sometimes agree only on the month of an event; such dates are stored as the first of the month with
/// <see cref="Month"/> precision so that a reader never mistakes them for an exact day.
/// </summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
