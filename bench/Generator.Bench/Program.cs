using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Generator.Bench -- --filter '*'
// (a quick look: add --job short; one size only: --filter '*BuildInMemory*' with Posts given by [Params])
BenchmarkSwitcher.FromAssembly(typeof(Generator.Bench.BuildBenchmarks).Assembly).Run(args);
