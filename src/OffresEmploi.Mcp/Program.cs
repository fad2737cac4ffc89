using OffresEmploi.Mcp;
using OffresEmploi.Sdk.AI;
using OffresEmploi.Sdk;

ServerCommandLine commandLine;
try
{
    commandLine = ServerCommandLine.Parse(args, Environment.GetEnvironmentVariable);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync($"offres-emploi-mcp: {e.Message}");
    return 2;
}

if (commandLine.Help)
{
    Console.WriteLine(ServerCommandLine.Usage);
    return 0;
}

if (commandLine.Version)
{
    Console.WriteLine(McpServerSetup.Version);
    return 0;
}

using var shutdown = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    shutdown.Cancel();
};

// One logging for the host and the SDK client: the SDK's retries and failures reach stderr with the server's own lines.
using var loggerFactory = ServerLogging.CreateFactory();
ApiConnection connection;
try
{
    connection = ApiConnection.FromEnvironment(loggerFactory);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync($"offres-emploi-mcp: {e.Message}");
    return 2;
}

using var disposeConnection = connection;
var tools = OffresEmploiTools.Create(connection.Client, new OffresEmploiToolsOptions
{
    Notice = connection.IsSandbox ? ServerInstructions.SandboxNotice : null,
});
var components = new ServerComponents(tools, new ReferentielResources(connection.Client.GetReferentielJsonAsync), connection.IsSandbox);
_ = ServerWarmUp.StartToken(connection.Client, connection.IsSandbox, shutdown.Token);
_ = ServerWarmUp.StartPlaceList(() => PlaceResolver.Default, ServerWarmUp.PlaceListDelay, TimeProvider.System, shutdown.Token);

// stdout carries the protocol in stdio mode: everything human goes to stderr.
var banner = $"offres-emploi-mcp {McpServerSetup.Version}: {(commandLine.Http ? "Streamable HTTP" : "stdio")}, " +
    (connection.IsSandbox ? "embedded sandbox (simulated offers; set OFFRES_EMPLOI_CLIENT_ID/SECRET for real ones)" : $"France Travail API at {connection.BaseAddress}");

if (commandLine.Http)
{
    // The banner waits for the port: a port that cannot be used is then a single line.
    return await HttpServer.RunAsync(commandLine, components, banner, Console.Error, loggerFactory, shutdown.Token);
}

await Console.Error.WriteLineAsync(banner);
await StdioServer.RunAsync(components, loggerFactory, shutdown.Token);
return 0;
