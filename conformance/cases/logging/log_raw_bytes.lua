return {
  title = "proxy_log logs exactly the given bytes, NULs and non-ASCII included",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_log", "ok" } },
      logs = { { "warn", "a\0b\xffc\n" } },
    } },
  },
}
