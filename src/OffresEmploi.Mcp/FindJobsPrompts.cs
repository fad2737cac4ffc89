using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace OffresEmploi.Mcp;

/// <summary>The prompts: <c>find_jobs</c> (search, open the best, present them) and <c>market_overview</c>.</summary>
internal static class FindJobsPrompts
{
    public const string FindJobs = "find_jobs";
    public const string MarketOverview = "market_overview";

    public static ValueTask<ListPromptsResult> ListAsync(RequestContext<ListPromptsRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListPromptsResult
        {
            Prompts =
            [
                new Prompt
                {
                    Name = FindJobs,
                    Title = "Find jobs",
                    Description = "Find current job offers for a job and place, open the best ones and list them with links.",
                    Arguments =
                    [
                        new PromptArgument { Name = "job", Description = "The job or keywords, e.g. 'boulanger'.", Required = true },
                        new PromptArgument { Name = "place", Description = "A commune, département or région, e.g. 'Annecy'.", Required = false },
                        new PromptArgument { Name = "contract", Description = "Contract wanted, e.g. 'CDI'.", Required = false },
                    ],
                },
                new Prompt
                {
                    Name = MarketOverview,
                    Title = "Job market overview",
                    Description = "Summarize the market for a job and place: volume, contracts, experience and salaries.",
                    Arguments =
                    [
                        new PromptArgument { Name = "job", Description = "The job or keywords.", Required = true },
                        new PromptArgument { Name = "place", Description = "A commune, département or région.", Required = false },
                    ],
                },
            ],
        });

    public static ValueTask<GetPromptResult> GetAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken)
    {
        var name = request.Params?.Name;
        var arguments = request.Params?.Arguments ?? new Dictionary<string, JsonElement>();
        var job = Argument(arguments, "job") ?? throw new McpException("The 'job' argument is required, e.g. job='boulanger'.");
        var place = Argument(arguments, "place");
        var contract = Argument(arguments, "contract");
        var where = place is null ? "" : $" in or near {place}";
        var text = name switch
        {
            FindJobs => $"""
                Find current job offers for "{job}"{where}{(contract is null ? "" : $", contract {contract}")}.
                Use search_offers (keywords "{job}"{(place is null ? "" : $", location \"{place}\"")}{(contract is null ? "" : $", contract [\"{contract}\"] if it is a code")}), sorted by relevance.
                Open the 3 most relevant with get_offer, then present each with title, employer, place, contract, salary, the key requirements and its link.
                Mention how many offers exist in all and offer to show more.
                """,
            MarketOverview => $"""
                Give an overview of the job market for "{job}"{where}.
                Call summarize_market (keywords "{job}"{(place is null ? "" : $", location \"{place}\"")}), then explain the volume of offers,
                the split by contract type and experience, and the salary range (median and quartiles), in a few short paragraphs.
                """,
            _ => throw new McpException($"Unknown prompt '{name}'. Prompts: {FindJobs}, {MarketOverview}."),
        };
        return ValueTask.FromResult(new GetPromptResult
        {
            Description = name == FindJobs ? "Find jobs" : "Job market overview",
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = text } }],
        });
    }

    private static string? Argument(IDictionary<string, JsonElement> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
