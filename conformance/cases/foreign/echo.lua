return {
  title = "pwabi.echo hands its arguments back through the allocator; empty arguments give address 0 and length 0",
  kind = "host-defined",
  why = "The set of foreign functions is the host's own; the reference host documents "
    .. "pwabi.echo (runtimes/hosts/reference/README.md)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_call_foreign_function", "ok",
          out = { results = "hello", results_len = 5 } },
        { "proxy_log", "ok" },
        { "proxy_call_foreign_function", "ok", out = { results_len = 0 } },
      },
      logs = { { "info", "hello" } },
    } },
  },
}
