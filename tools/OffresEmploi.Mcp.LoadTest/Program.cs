using OffresEmploi.Mcp.LoadTest;
using OffresEmploi.Testing.Load;

LoadOptions? options;
bool json;
try
{
    (options, json) = LoadCommandLine.Parse(args);
    options?.Validate();
}
catch (Exception e) when (e is FormatException or ArgumentException)
{
    await Console.Error.WriteLineAsync($"load test: {e.Message}");
    return 2;
}

if (options is null)
{
    Console.WriteLine(LoadCommandLine.Usage);
    return 0;
}

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

var report = await LoadRunner.RunAsync(options, Console.Error, interrupt.Token);
Console.WriteLine(json ? report.ToJson() : report.ToText());
return report.Passed ? 0 : 1;
