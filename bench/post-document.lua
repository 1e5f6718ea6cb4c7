-- POST /v1/documents with the documented example body (bench/seed-body.json).
local f = assert(io.open(os.getenv("BODY_FILE") or "bench/seed-body.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

dofile("bench/result.lua")
