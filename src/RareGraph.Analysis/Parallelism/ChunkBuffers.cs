namespace RareGraph.Analysis.Parallelism;

/// <summary>
/// The memory one thread's chunks write into: results by node range (a chunk over nodes <c>[start, end)</c> writes its
/// results from <c>start</c> on, so chunks never share a slot) and a chunk-local working array.
/// </summary>
/// <remarks>
/// Grown by replacing arrays, never in place, and a job captures the arrays when it is made. A helper still inside a
/// chunk of an older job may write into the same arrays, but only before it runs any chunk of the current job (it is
/// one thread), and the caller reads only the ranges of chunks the current job records as the helper's, written later.
/// </remarks>
internal sealed class ChunkBuffers
{
    public int[] Nodes { get; private set; } = [];

    public double[] Scores { get; private set; } = [];

    public double[] Local { get; private set; } = [];

    public void Ensure(int nodeCount, int localLength)
    {
        if (Nodes.Length < nodeCount)
        {
            Nodes = new int[nodeCount];
            Scores = new double[nodeCount];
        }

        if (Local.Length < localLength)
        {
            Local = new double[localLength];
        }
    }
}
