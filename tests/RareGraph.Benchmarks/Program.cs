return RareGraph.Benchmarks.BenchmarkRun.Run(args, Console.Out);
