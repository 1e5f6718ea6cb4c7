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

dofile("bench/result.lua")
