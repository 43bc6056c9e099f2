-- wrk script for benchmarks/dataplane.py: counts which pod served each page (the web tier's page
-- names its pod) and every reply that is not a 200 page naming one; done() prints one JSON line.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  pods = {}
  unnamed = 0
end

function response(status, headers, body)
  local pod = status == 200 and body:match("Served by pod ([%w%.%-]+)")
  if pod then
    pods[pod] = (pods[pod] or 0) + 1
  else
    unnamed = unnamed + 1
  end
end

local function json_counts(counts)
  local parts = {}
  for name, count in pairs(counts) do
    table.insert(parts, string.format('"%s": %d', name, count))
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

function done(summary, latency, requests)
  local pods, unnamed = {}, 0
  for _, thread in ipairs(threads) do
    unnamed = unnamed + thread:get("unnamed")
    for name, count in pairs(thread:get("pods")) do
      pods[name] = (pods[name] or 0) + count
    end
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d}, '
      .. '"unnamed": %d, "pods": %s}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.timeout, e.status, unnamed, json_counts(pods)))
end
