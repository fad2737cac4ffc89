using System.Globalization;

namespace OffresEmploi.Sandbox.Http;

/// <summary>The API's own error body: <c>{"message", "codeHttp", "codeErreur"}</c>.</summary>
internal static class ApiError
{
    /// <summary>The 500 the API's gateway returns when a backend answer is unusable (les-emplois, generic PE APIs).</summary>
    public const string InternalErrorCode = "JCS0011G";

    public const string InternalErrorMessage = "La vue service retournée par le connecteur HTTP est nulle ou mal formée";

    /// <summary>
    /// A 400 in the API's shape. The real <c>codeErreur</c> of a 400 looks like a Unix time in
    /// milliseconds ("1722445850117"), so the sandbox uses the current time of its clock.
    /// </summary>
    public static SandboxResponse BadRequest(string message, TimeProvider timeProvider) =>
        Create(400, message, timeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    public static SandboxResponse InternalServerError() => Create(500, InternalErrorMessage, InternalErrorCode);

    private static SandboxResponse Create(int status, string message, string code)
    {
        var body = JsonBody.Write((status, message, code), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", state.message);
            writer.WriteNumber("codeHttp", state.status);
            writer.WriteString("codeErreur", state.code);
            writer.WriteEndObject();
        });
        return new SandboxResponse(status, JsonBody.MediaType, body);
    }
}
