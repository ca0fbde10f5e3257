-- wrk script of the "bare server" floor (bench/run): the same server answering a static file (GET, the URL given).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
