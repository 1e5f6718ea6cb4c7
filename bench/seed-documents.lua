-- Creates SEED_COUNT jobs in tenant TENANT through POST /v1/documents, then stops.
-- Every job has its own name (job-<n>) and an enterprise project ep-<n mod PROJECTS>;
-- every (SEED_COUNT / 1000)-th id is written to IDS_FILE, a sample across the store.
local count = tonumber(os.getenv("SEED_COUNT"))
local projects = tonumber(os.getenv("PROJECTS"))
local every = math.max(1, math.floor(count / 1000))
local ids = assert(io.open(os.getenv("IDS_FILE"), "w"))
local sent, answered, failed = 0, 0, 0
local content = "meta:\\n  name: seeded\\n  schemaVersion: 3\\n  description: \\\"\\\"\\ninputs: {}\\nsteps:\\n"
  .. "  - name: pause\\n    description: pause\\n    task: hwc:runbook:suspend@1.0.0\\n    inputs: {}\\n    outputs: []"

request = function()
  sent = sent + 1
  local body = string.format(
    '{"name":"job-%d","content":"%s","enterprise_project_id":"ep-%d","risk_level":"LOW"}',
    sent, content, sent % projects)
  return wrk.format("POST", "/v1/documents", { ["Content-Type"] = "application/json",
    ["X-Domain-Id"] = os.getenv("TENANT") }, body)
end

response = function(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    failed = failed + 1
  elseif answered % every == 0 then
    ids:write(string.match(body, '"data":"(DM%d+)"'), "\n")
    ids:flush()
  end
  if answered >= count then
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  io.write(string.format("SEEDED answered>=%d failed=%d\n", count, failed))
end
