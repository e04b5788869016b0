local STAT = "\x02\0\0\0\0\0\0\0\x40\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
return {
  title = "fd_fdstat_get describes stdout/stderr; sched_yield and poll_oneoff succeed; fd_close, fd_seek notsup, fd_prestat_get badf, fd_prestat_dir_name nosys",
  kind = "host-defined",
  why = "The documents leave these out (erratum E32); real filters import them and "
    .. "proxy-wasm-cpp-host answers as stubs: stdout/stderr are write-only character "
    .. "devices, no pre-opened directories, no seeking or closing "
    .. "(spec/v0_1_0/semantics.lua wasi.fd_* , sched_yield, poll_oneoff)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "fd_fdstat_get", "success" }, { "proxy_log", "ok" },
        { "fd_fdstat_get", "success" }, { "proxy_log", "ok" },
        { "sched_yield", "success" },
        { "poll_oneoff", "success", out = { nevents = 0 } },
        { "fd_close", "notsup" }, { "fd_close", "notsup" },
        { "fd_seek", "notsup" }, { "fd_seek", "notsup" },
        { "fd_prestat_get", "badf" },
        { "fd_prestat_dir_name", "nosys" },
      },
      logs = { { "info", STAT }, { "info", STAT } },
    } },
  },
}
