local BAD = { "proxy_call_foreign_function", "invalid_memory_access" }
return {
  title = "proxy_call_foreign_function with the name, arguments or an out-pointer outside memory is invalid_memory_access",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = { ret = 1, calls = { BAD, BAD, BAD, BAD } } },
  },
}
