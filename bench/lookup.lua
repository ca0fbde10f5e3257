-- wrk script of the citizen lookup (bench/run): each request is a lookup of a random existing dossier with its right
-- check digits, posted as the lookup form does (session cookie + CSRF token of one of the sessions the driver opened).
-- Data: BENCH_LOOKUP_DATA (written by Driver.java lookup-data). Results: BENCH_RESULT (properties), via report.lua.
local data = dofile(os.getenv("BENCH_LOOKUP_DATA"))
local sessions, dossiers = data.sessions, data.dossiers
local counter = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  local s = sessions[math.random(#sessions)]
  local d = dossiers[math.random(#dossiers)]
  return wrk.format("POST", "/tra-cuu", {
    ["Cookie"] = s[1],
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, "ma=" .. d[1] .. "&kiemTra=" .. d[2] .. "&_csrf=" .. s[2])
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
