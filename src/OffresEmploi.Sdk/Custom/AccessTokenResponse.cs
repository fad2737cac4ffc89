using System.Globalization;
using System.Text;

namespace OffresEmploi.Sdk.Models;

// The generated record would print the bearer token in ToString(); a token must never reach a log line.
public sealed partial record AccessTokenResponse
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccessToken = ").Append(AccessToken is null ? "null" : "***");
        builder.Append(", TokenType = ").Append(TokenType);
        builder.Append(", ExpiresIn = ").Append(ExpiresIn?.ToString(CultureInfo.InvariantCulture));
        builder.Append(", Scope = ").Append(Scope);
        return true;
    }
}
