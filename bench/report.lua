-- Shared by the wrk scripts: writes requests/s, p50/p95/p99 (ms) and the error counts as properties to BENCH_RESULT.
function done(summary, latency, requests)
  local prefix = os.getenv("BENCH_PREFIX")
  local f = assert(io.open(os.getenv("BENCH_RESULT"), "w"))
  local seconds = summary.duration / 1e6
  local e = summary.errors
  f:write(string.format("%s.rps=%.2f\n", prefix, summary.requests / seconds))
  f:write(string.format("%s.requests=%d\n", prefix, summary.requests))
  f:write(string.format("%s.seconds=%.0f\n", prefix, seconds))
  f:write(string.format("%s.connections=%s\n", prefix, os.getenv("BENCH_CONNECTIONS") or "?"))
  f:write(string.format("%s.p50=%.2f\n", prefix, latency:percentile(50) / 1000))
  f:write(string.format("%s.p95=%.2f\n", prefix, latency:percentile(95) / 1000))
  f:write(string.format("%s.p99=%.2f\n", prefix, latency:percentile(99) / 1000))
  f:write(string.format("%s.errors=%d\n", prefix, e.status + e.connect + e.read + e.write + e.timeout))
  f:close()
end
