using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OffresEmploi.Mcp;

/// <summary>
/// The server's logging: warnings and errors to stderr (stdout carries the protocol in stdio mode). One factory, made
/// before the host so the SDK client (built first, to create the tools) logs into it too, then given to the host.
/// </summary>
internal static class ServerLogging
{
    public static ILoggerFactory CreateFactory() => LoggerFactory.Create(logging =>
    {
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start is reported in one line (HttpServer); the host's "Hosting failed to start" would repeat it with a stack trace.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
    });

    /// <summary>Makes <paramref name="loggerFactory"/> the host's: its own providers are removed, so nothing is written twice.</summary>
    public static void UseFactory(ILoggingBuilder logging, ILoggerFactory loggerFactory)
    {
        logging.ClearProviders();
        logging.Services.AddSingleton(loggerFactory);
    }
}
