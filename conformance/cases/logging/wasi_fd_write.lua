return {
  title = "WASI fd_write logs standard output at info and standard error at error, the iovecs joined",
  kind = "host-defined",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  why = [[The spec lists fd_write among the WASI calls a host provides but not what becomes of the bytes. CH (and ENV) log fd 1 at info and fd 2 at error, joining the iovecs and stripping one trailing newline, and write the byte count, which the case expects (abi-semantics 2.3, WASI imports).]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    -- statuses are WASI errno values, which expect.calls cannot name
    -- (it takes wasm_result names): the call, its out-value and the logs
    -- are checked
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "fd_write", nil, out = { nwritten = 12 } },
        { "fd_write", nil, out = { nwritten = 4 } },
        { "fd_write", nil, out = { nwritten = 0 } },
      },
      logs = { { "info", "hello world" }, { "error", "oops" }, { "info", "" } },
    } },
  },
}
