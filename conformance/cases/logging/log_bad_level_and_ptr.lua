return {
  title = "proxy_log with a bad level and a bad message reports the level first",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[The spec gives no precedence between two bad arguments. pwabi's generated glue checks arguments in parameter order, so the level (bad_argument) wins, which the case expects; CH reads the message first and returns invalid_memory_access; NGX traps on the bad pointer.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_log", "bad_argument" } }, logs = {},
    } },
  },
}
