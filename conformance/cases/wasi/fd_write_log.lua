return {
  title = "fd_write to stdout/stderr logs the joined pieces at info/error, one trailing newline dropped, under both WASI names",
  kind = "host-defined",
  why = "WASI leaves the meaning of descriptors 1 and 2 to the host; proxy-wasm-cpp-host "
    .. "logs stdout at info and stderr at error and drops one trailing newline "
    .. "(spec/v0_1_0/semantics.lua wasi.fd_write, abi-semantics.md 2)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "fd_write", "success", out = { nwritten = 12 } },
        { "fd_write", "success", out = { nwritten = 6 } },
        { "fd_write", "success", out = { nwritten = 2 } },
        { "fd_write", "success", out = { nwritten = 0 } },
      },
      logs = {
        { "info", "hello world" }, { "error", "oops\n" }, { "info", "ab" },
        { "error", "" },
      },
    } },
  },
}
