return {
  title = "a root whose proxy_on_done returns non-zero is deleted at once",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "root_done", ctx = "root", expect = {
      ret = 1, callbacks = { "proxy_on_done", "proxy_on_delete" },
    } },
  },
}
