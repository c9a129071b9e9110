namespace RareGraph.Analysis.Spillover;

/// <summary>The events a propagation layer starts from, as a growable array of event indices.</summary>
internal static class Frontier
{
    public static void Push(ref int[] list, ref int count, int value)
    {
        if (count == list.Length)
        {
            list = PropagationScratch.Grow(list, count * 2);
        }

        list[count++] = value;
    }
}
