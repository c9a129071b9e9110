using System.Globalization;
using System.Text;

namespace RareGraph.Benchmarks.Measurement;

/// <summary>Collects result rows and prints them as one markdown table.</summary>
internal sealed class ResultTable
{
    private readonly List<(string Measure, string Value, string Goal, string Note)> _rows = [];

    public void Add(string measure, string value, string goal = "", string note = "") => _rows.Add((measure, value, goal, note));

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Rate(double perSecond) => perSecond switch
    {
        >= 1e9 => (perSecond / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " G/s",
        >= 1e6 => (perSecond / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " M/s",
        >= 1e3 => (perSecond / 1e3).ToString("0.00", CultureInfo.InvariantCulture) + " k/s",
        _ => perSecond.ToString("0.0", CultureInfo.InvariantCulture) + " /s",
    };

    public static string Ratio(double ratio) => ratio.ToString(ratio switch { < 0.1 => "0.0000", < 10 => "0.00", _ => "0" }, CultureInfo.InvariantCulture) + "×";

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| measure | value | goal | note |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var (measure, value, goal, note) in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} | {goal} | {note} |");
        }

        return text.ToString();
    }
}
