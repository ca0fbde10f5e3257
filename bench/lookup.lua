-- wrk script of the citizen lookup (bench/run): each request looks up a random existing dossier with its right check
-- digits, posted as the lookup form does (the form's CSRF cookie + its token; the lookup keeps no session). The
-- browsers (each got the form once, beforehand, from Driver.java lookup-data) are split between wrk's threads and
-- taken in turn, so that no two requests in flight share one: a citizen's browser does not send concurrent lookups.
-- Data: BENCH_LOOKUP_DATA; results: report.lua.
local data = dofile(os.getenv("BENCH_LOOKUP_DATA"))
local dossiers = data.dossiers
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
local created = 0
local mine, turn = {}, 0

function setup(thread)
  thread:set("tid", created)
  created = created + 1
end

function init(args)
  for i = 1, #data.browsers do
    if (i - 1) % threads == tid then mine[#mine + 1] = data.browsers[i] end
  end
  math.randomseed(8 + tid)
end

function request()
  turn = turn % #mine + 1
  local s = mine[turn]
  local d = dossiers[math.random(#dossiers)]
  return wrk.format("POST", "/tra-cuu", {
    ["Cookie"] = s[1],
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, "ma=" .. d[1] .. "&kiemTra=" .. d[2] .. "&_csrf=" .. s[2])
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
