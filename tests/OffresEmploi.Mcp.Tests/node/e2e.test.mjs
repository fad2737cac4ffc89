// End-to-end: the built server (dotnet OffresEmploi.Mcp.dll, sandbox mode) driven by the official
// TypeScript MCP client. Its callTool validates structuredContent against each tool's outputSchema,
// so a schema that does not match what the server returns fails here.
// Run: npm ci && OFFRES_EMPLOI_MCP_DLL=/path/OffresEmploi.Mcp.dll node --test
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const dll = process.env.OFFRES_EMPLOI_MCP_DLL ?? path.resolve(here, "../../../src/OffresEmploi.Mcp/bin/Debug/net10.0/OffresEmploi.Mcp.dll");
let client;

before(async () => {
  assert.ok(existsSync(dll), `build the server first (dotnet build src/OffresEmploi.Mcp) or set OFFRES_EMPLOI_MCP_DLL; not found: ${dll}`);
  const env = { ...process.env, OFFRES_EMPLOI_CLIENT_ID: "", OFFRES_EMPLOI_CLIENT_SECRET: "" };
  client = new Client({ name: "node-e2e", version: "1.0.0" });
  await client.connect(new StdioClientTransport({ command: "dotnet", args: [dll], env, stderr: "ignore" }));
});

after(async () => {
  await client?.close();
});

test("initialize gives the server identity and sandbox instructions", () => {
  assert.equal(client.getServerVersion().name, "offres-emploi");
  assert.match(client.getInstructions(), /Sandbox mode/);
});

test("tools/list has the five read-only tools with output schemas", async () => {
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name), ["resolve_location", "search_offers", "get_offer", "lookup_referentiel", "summarize_market"]);
  for (const tool of tools) {
    assert.equal(tool.annotations.readOnlyHint, true);
    assert.equal(tool.annotations.destructiveHint, false);
    assert.equal(tool.outputSchema.type, "object");
  }
});

test("every tool's structured result validates against its output schema", async () => {
  const search = await client.callTool({ name: "search_offers", arguments: { location: "Bretagne", page_size: 3 } });
  assert.notEqual(search.isError, true);
  const id = search.structuredContent.offers[0].id;
  const calls = [
    ["resolve_location", { query: "Annecy" }],
    ["search_offers", { cursor: search.structuredContent.nextCursor }],
    ["get_offer", { id }],
    ["lookup_referentiel", { name: "naturesContrats", query: "apprentissage" }],
    ["summarize_market", { location: "74", sample_size: 50 }],
  ];
  for (const [name, args] of calls) {
    const result = await client.callTool({ name, arguments: args });
    assert.notEqual(result.isError, true, `${name}: ${result.content?.[0]?.text}`);
    assert.equal(typeof result.structuredContent, "object", name);
    assert.equal(result.content[0].type, "text", name);
  }
});

test("a bad call is isError with a hint, not a protocol error", async () => {
  const result = await client.callTool({ name: "get_offer", arguments: {} });
  assert.equal(result.isError, true);
  assert.match(result.content[0].text, /Missing argument 'id'/);
});
