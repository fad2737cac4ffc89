using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OffresEmploi.Testing.Load;

internal sealed partial record LoadReport
{
    /// <summary>The report as indented JSON (written by hand: no reflection-based serialization in this repository).</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("options");
            w.WriteNumber("clients", Options.Clients);
            w.WriteNumber("calls", Options.Calls);
            w.WriteString("mix", Options.Mix.ToString());
            w.WriteNumber("rate", Options.Rate);
            w.WriteNumber("burst", Options.EffectiveBurst);
            w.WriteNumber("tokenLifetimeSeconds", Options.TokenLifetime.TotalSeconds);
            w.WriteNumber("corpusSize", Options.CorpusSize);
            w.WriteNumber("seed", Options.Seed);
            w.WriteNumber("replicas", Options.Replicas);
            w.WriteNumber("killReplicaAfter", Options.KillReplicaAfter);
            w.WriteBoolean("sharedRedis", Options.SharedRedis);
            w.WriteNumber("redisDownAfter", Options.RedisDownAfter);
            w.WriteNumber("redisDownFor", Options.RedisDownFor);
            w.WriteEndObject();
            w.WriteStartArray("sharedStateWarnings");
            foreach (var warnings in SharedStateWarnings)
            {
                w.WriteNumberValue(warnings);
            }

            w.WriteEndArray();
            w.WriteStartArray("sharedKeys");
            foreach (var key in SharedKeys)
            {
                w.WriteStringValue(key);
            }

            w.WriteEndArray();
            w.WriteNumber("durationSeconds", Math.Round(Duration.TotalSeconds, 3));
            w.WriteNumber("expectedCalls", Expected);
            w.WriteNumber("answeredCalls", Answered);
            w.WriteNumber("callsPerSecond", Math.Round(CallsPerSecond, 1));
            w.WriteStartObject("outcomes");
            foreach (var (outcome, count) in Outcomes)
            {
                w.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()), count);
            }

            w.WriteEndObject();
            w.WriteStartArray("latency");
            foreach (var f in ByTool.Append(All))
            {
                w.WriteStartObject();
                w.WriteString("tool", f.Tool);
                w.WriteNumber("calls", f.Calls);
                w.WriteNumber("errors", f.Errors);
                w.WriteNumber("p50Ms", Math.Round(f.Latency.P50, 2));
                w.WriteNumber("p90Ms", Math.Round(f.Latency.P90, 2));
                w.WriteNumber("p99Ms", Math.Round(f.Latency.P99, 2));
                w.WriteNumber("maxMs", Math.Round(f.Latency.Max, 2));
                w.WriteNumber("meanMs", Math.Round(f.Latency.Mean, 2));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("replicas");
            foreach (var r in Replicas)
            {
                w.WriteStartObject();
                w.WriteNumber("replica", r.Replica);
                w.WriteNumber("clients", r.Clients);
                w.WriteNumber("calls", r.Calls);
                w.WriteNumber("errors", r.Errors);
                w.WriteBoolean("killed", r.Killed);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("callsLost", CallsLost);
            w.WriteNumber("movedClients", MovedClients);
            w.WriteStartObject("api");
            w.WriteNumber("tokenRequests", Api.TokenRequests);
            w.WriteNumber("tokensIssued", Api.TokensIssued);
            w.WriteNumber("maxExpectedTokens", MaxExpectedTokens);
            w.WriteNumber("apiRequests", Api.ApiRequests);
            w.WriteNumber("apiRequestsPerSecond", Math.Round(ApiRequestsPerSecond, 1));
            w.WriteNumber("maxApiRequestsPerSecond", Api.MaxApiRequestsPerSecond);
            w.WriteNumber("tooManyRequests", Api.TooManyRequests);
            w.WriteNumber("unauthorized", Api.Unauthorized);
            w.WriteNumber("referentielFetches", Api.ReferentielFetches);
            w.WriteStartObject("referentielFetchesByName");
            foreach (var (name, count) in Api.ReferentielFetchesByName)
            {
                w.WriteNumber(name, count);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("errorSamples");
            foreach (var sample in ErrorSamples)
            {
                w.WriteStringValue(sample);
            }

            w.WriteEndArray();
            w.WriteStartArray("checks");
            foreach (var check in Checks)
            {
                w.WriteStartObject();
                w.WriteString("name", check.Name);
                w.WriteBoolean("passed", check.Passed);
                w.WriteString("detail", check.Detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("passed", Passed);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
