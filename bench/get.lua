-- GET requests in tenant TENANT: the URL as given, or, with IDS_FILE, /v1/documents/<id>
-- for ids drawn at random from the file.
local ids = {}
local file = os.getenv("IDS_FILE")
if file and file ~= "" then
  for id in io.lines(file) do ids[#ids + 1] = id end
end
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Domain-Id"] = os.getenv("TENANT")

request = function()
  if #ids > 0 then
    return wrk.format("GET", "/v1/documents/" .. ids[math.random(#ids)])
  end
  return wrk.format("GET")
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
