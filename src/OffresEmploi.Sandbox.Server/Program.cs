using OffresEmploi.Sandbox.Hosting;

var commandLine = SandboxCommandLine.Parse(args);
if (commandLine.ShowHelp)
{
    Console.WriteLine(SandboxCommandLine.Usage);
    return 0;
}

if (commandLine.Error is not null)
{
    await Console.Error.WriteLineAsync(commandLine.Error).ConfigureAwait(false);
    return 2;
}

SandboxServer server;
try
{
    server = await SandboxServer.StartAsync(commandLine.Options, commandLine.Urls).ConfigureAwait(false);
}
catch (Exception e) when (ListenFailure.TryDescribe(e, out var reason))
{
    await Console.Error.WriteLineAsync(SandboxCommandLine.ListenError(commandLine.Urls, e, reason)).ConfigureAwait(false);
    return ListenFailure.ExitCode;
}

await using (server.ConfigureAwait(false))
{
    SandboxStartupLog.Write(server, commandLine.Options);
    await server.WaitForShutdownAsync().ConfigureAwait(false);
}

return 0;
