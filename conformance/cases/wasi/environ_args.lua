return {
  title = "environ_sizes_get and args_sizes_get report 0 and 0; environ_get and args_get succeed writing nothing",
  kind = "host-defined",
  why = "Proxy-Wasm hosts give a plugin no environment and no command line "
    .. "(proxy-wasm-cpp-host; spec/v0_1_0/semantics.lua wasi.environ_sizes_get, args_sizes_get)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "environ_sizes_get", "success", out = { count = 0, buf_size = 0 } },
        { "environ_get", "success" },
        { "args_sizes_get", "success", out = { argc = 0, argv_buf_size = 0 } },
        { "args_get", "success" },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "untouched" } },
    } },
  },
}
