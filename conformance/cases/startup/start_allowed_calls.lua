return {
  title = "During start-up proxy_log, emscripten_notify_memory_growth and libc's WASI start calls are allowed",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host restricts host calls while _initialize/_start/main run to "
    .. "proxy_log and the WASI calls libc needs at start (fd_write, fd_fdstat_get, args_*, "
    .. "environ_*, clocks, random_get, poll_oneoff) (spec/v0_1_0/semantics.lua "
    .. "_initialize; abi-semantics.md 2.2; runtimes/core/vm.c)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  create = {
    callbacks = { "_initialize" },
    calls = {
      { "proxy_log", "ok" },
      { "emscripten_notify_memory_growth" },
      { "fd_write", "success", out = { nwritten = 4 } },
      { "fd_fdstat_get", "success" },
      { "args_sizes_get", "success", out = { argc = 0, argv_buf_size = 0 } },
      { "args_get", "success" },
      { "environ_sizes_get", "success", out = { count = 0, buf_size = 0 } },
      { "environ_get", "success" },
      { "clock_time_get", "success" },
      { "random_get", "success" },
      { "poll_oneoff", "success", out = { nevents = 0 } },
    },
    logs = { { "info", "init" }, { "error", "init" } },
  },
  steps = {
    { "configure", ctx = "root", expect = { ret = 1 } },
  },
}
