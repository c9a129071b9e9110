using System.Runtime.InteropServices;

namespace RareGraph.Storage.Sqlite;

/// <summary>The 48 bytes of a WAL-index header (<see cref="WalIndexHeader"/>), compared as six words.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct WalHeaderSnapshot(long Word0, long Word1, long Word2, long Word3, long Word4, long Word5);
