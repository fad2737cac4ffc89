using System.Globalization;
using System.Text;

namespace OffresEmploi.Sandbox.Hosting;

/// <summary>What the server prints when it is ready: where to point a client and how to log in.</summary>
internal static class SandboxStartupLog
{
    public static void Write(SandboxServer server, SandboxOptions options) => Console.WriteLine(Format(server, options));

    public static string Format(SandboxServer server, SandboxOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine("OffresEmploi sandbox ready.");
        foreach (var address in server.Addresses)
        {
            text.Append(CultureInfo.InvariantCulture, $"  listening on   {address}").AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"  API base       {server.BaseAddress}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  token endpoint {server.TokenEndpoint}").AppendLine();
        foreach (var client in options.Clients)
        {
            // Only the well-known default secret is printed; a secret given on the command line stays out of logs.
            var secret = client.Key == SandboxDefaults.ClientId && client.Value == SandboxDefaults.ClientSecret ? SandboxDefaults.ClientSecret : "(as configured)";
            text.Append(CultureInfo.InvariantCulture, $"  client         client_id={client.Key} client_secret={secret} scope=\"{SandboxDefaults.Scope}\"").AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"  corpus         {options.CorpusSize} offers, seed {options.Seed}, today {server.Today:yyyy-MM-dd}");
        if (options.Day > 0)
        {
            // Only when set, so day 0's banner reads as before.
            text.Append(CultureInfo.InvariantCulture, $", day {options.Day}: the market of {server.Today.AddDays(options.Day):yyyy-MM-dd}, {server.Corpus.Count} offers online");
        }

        text.AppendLine();
        var rate = options.RateLimit > 0 ? $"{options.RateLimit.ToString(CultureInfo.InvariantCulture)}/s per client, burst {options.EffectiveBurst}" : "off";
        text.Append(CultureInfo.InvariantCulture, $"  rate limit     {rate}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  faults         {options.Faults}").AppendLine();
        if (!options.Drift.IsNone)
        {
            // Only when set: a sandbox that breaks the contract on purpose must say so.
            text.Append(CultureInfo.InvariantCulture, $"  drift          {options.Drift} (off-contract on purpose)").AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"  range limits   {(options.LegacyRange ? "legacy (1000/1149)" : "current (3000/3149)")}, token lifetime {(long)options.TokenLifetime.TotalSeconds} s");
        return text.ToString();
    }
}
