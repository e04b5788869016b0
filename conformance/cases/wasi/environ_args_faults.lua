return {
  title = "environ_sizes_get, environ_get, args_sizes_get, args_get with an address outside memory are fault",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "environ_sizes_get", "fault" }, { "environ_sizes_get", "fault" },
        { "environ_get", "fault" }, { "environ_get", "fault" },
        { "args_sizes_get", "fault" }, { "args_sizes_get", "fault" },
        { "args_get", "fault" }, { "args_get", "fault" },
      },
    } },
  },
}
