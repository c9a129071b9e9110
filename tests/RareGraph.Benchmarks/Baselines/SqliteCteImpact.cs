using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RareGraph.Benchmarks.Baselines;

/// <summary>
/// The impact question as one recursive common table expression over a SQLite file holding the same arcs: every walk
/// of at most maxHops steps over arcs valid at the date, dropping partial products below the floor, then the best
/// product per node. SQLite forbids aggregates inside the recursive step, so walks cannot be merged per node and hop
/// as the engine merges them; this is what a store-side implementation of the model would have to run.
/// </summary>
internal sealed class SqliteCteImpact : IDisposable
{
    private const string Query = """
        WITH RECURSIVE walk(node, hops, score) AS (
            SELECT value, 0, 1.0 FROM json_each($seeds)
            UNION ALL
            SELECT a.dst, w.hops + 1, w.score * a.factor
            FROM walk AS w JOIN arcs AS a ON a.src = w.node
            WHERE w.hops < $maxHops AND a.valid_from <= $at AND a.valid_to >= $at AND w.score * a.factor >= $minScore
        )
        SELECT node, MAX(score), COUNT(*) FROM walk GROUP BY node
        """;

    private readonly string _path;
    private readonly SqliteConnection _connection;

    public SqliteCteImpact(FlowArcs arcs)
    {
        _path = Path.Combine(Path.GetTempPath(), $"raregraph-bench-{Guid.NewGuid():N}.db");
        _connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        _connection.Open();
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        Execute("CREATE TABLE arcs (src INTEGER NOT NULL, dst INTEGER NOT NULL, factor REAL NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER NOT NULL)");
        using (var transaction = _connection.BeginTransaction())
        using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO arcs VALUES ($src, $dst, $factor, $from, $to)";
            var src = insert.Parameters.Add("$src", SqliteType.Integer);
            var dst = insert.Parameters.Add("$dst", SqliteType.Integer);
            var factor = insert.Parameters.Add("$factor", SqliteType.Real);
            var from = insert.Parameters.Add("$from", SqliteType.Integer);
            var to = insert.Parameters.Add("$to", SqliteType.Integer);
            for (var node = 0; node < arcs.NodeCount; node++)
            {
                for (var e = arcs.Offsets[node]; e < arcs.Offsets[node + 1]; e++)
                {
                    src.Value = node;
                    dst.Value = arcs.Targets[e];
                    factor.Value = arcs.Factors[e];
                    from.Value = arcs.ValidFrom[e];
                    to.Value = arcs.ValidTo[e];
                    insert.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        Execute("CREATE INDEX arcs_by_src ON arcs (src, dst, factor, valid_from, valid_to); ANALYZE;");
    }

    public ImpactAnswer Run(ImpactQuery query)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = Query;
        command.Parameters.AddWithValue("$seeds", "[" + string.Join(',', query.Seeds.Select(s => s.ToString(CultureInfo.InvariantCulture))) + "]");
        command.Parameters.AddWithValue("$maxHops", query.MaxHops);
        command.Parameters.AddWithValue("$at", query.At.DayNumber);
        command.Parameters.AddWithValue("$minScore", query.MinScore);
        var scores = new Dictionary<int, double>();
        var walks = 0L;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            scores[reader.GetInt32(0)] = reader.GetDouble(1);
            walks += reader.GetInt64(2);
        }

        return new ImpactAnswer(scores, walks);
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
