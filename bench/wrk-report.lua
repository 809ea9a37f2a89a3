-- wrk script for every measured row: done() prints one line that run.sh parses:
-- RESULT req/s p50-ms p99-ms requests non-2xx/3xx socket-errors signed-out
-- (signed-out counts redirects to the sign-in page; only wrk-accept.lua counts them).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function done(summary, latency, requests)
  local out = 0
  for _, thread in ipairs(threads) do
    out = out + (tonumber(thread:get("signed_out")) or 0)
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, socket, out))
end
