local KEPT = { "info", "kept" }
return {
  title = "random_get of more than 64 KiB is inval, of a buffer outside memory fault; nothing is written",
  kind = "host-defined",
  why = "The 64 KiB limit is proxy-wasm-cpp-host's (spec/v0_1_0/semantics.lua wasi.random_get)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "random_get", "inval" }, { "proxy_log", "ok" },
        { "random_get", "inval" }, { "proxy_log", "ok" },
        { "random_get", "fault" }, { "proxy_log", "ok" },
        { "random_get", "fault" }, { "proxy_log", "ok" },
      },
      logs = { KEPT, KEPT, KEPT, KEPT },
    } },
  },
}
