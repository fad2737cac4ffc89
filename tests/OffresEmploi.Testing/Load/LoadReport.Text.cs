using System.Globalization;
using System.Text;

namespace OffresEmploi.Testing.Load;

internal sealed partial record LoadReport
{
    /// <summary>The report for a terminal: figures, then one line per check.</summary>
    public string ToText()
    {
        var o = Options;
        var text = new StringBuilder();
        Line(text, $"MCP HTTP load: {o.Clients} clients x {o.Calls} calls on {o.Replicas} replica(s), mix {o.Mix}, quota {o.Rate}/s (burst {o.EffectiveBurst}), token lifetime {o.TokenLifetime.TotalSeconds:0} s");
        Line(text, $"  duration {Duration.TotalSeconds:0.00} s, {Answered} of {Expected} calls answered, {CallsPerSecond:0} calls/s");
        Line(text, $"  {"tool",-20} {"calls",6} {"errors",6} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var f in ByTool.Append(All))
        {
            var l = f.Latency;
            Line(text, $"  {f.Tool,-20} {f.Calls,6} {f.Errors,6} {l.P50,8:0.0} {l.P90,8:0.0} {l.P99,8:0.0} {l.Max,8:0.0}");
        }

        if (o.Replicas > 1)
        {
            foreach (var r in Replicas)
            {
                Line(text, $"  replica {r.Replica}: {r.Clients} client(s) at start, {r.Calls} calls, {r.Errors} errors{(r.Killed ? $", killed after {o.KillReplicaAfter} calls: {CallsLost} lost, {MovedClients} client(s) moved" : "")}");
            }
        }

        if (o.SharedRedis)
        {
            var outage = o.RedisDownAfter > 0 ? $", stopped after {o.RedisDownAfter} calls and restarted after {o.RedisDownFor} more" : "";
            Line(text, $"  Redis shared by the replicas{outage}: 'cannot be reached' warnings per replica [{string.Join(", ", SharedStateWarnings)}], keys at the end: {string.Join(", ", SharedKeys.Select(k => k.Split(':')[1]).Distinct().Order(StringComparer.Ordinal))}");
        }

        Line(text, $"  API side: {Api.TokenRequests} token request(s) ({Api.TokensIssued} issued), {Api.ApiRequests} API requests ({ApiRequestsPerSecond:0.0}/s on average), peak {Api.MaxApiRequestsPerSecond} in 1 s, {Api.TooManyRequests} x 429, {Api.Unauthorized} x 401, referentiel fetches: {Api.ReferentielFetchesText}");
        foreach (var sample in ErrorSamples)
        {
            Line(text, $"  error: {sample}");
        }

        foreach (var check in Checks)
        {
            Line(text, $"  [{(check.Passed ? "pass" : "FAIL")}] {check.Name}: {check.Detail}");
        }

        text.AppendLine(Passed ? "PASSED" : "FAILED");
        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
