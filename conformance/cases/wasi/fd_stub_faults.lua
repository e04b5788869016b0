return {
  title = "fd_fdstat_get of another descriptor is badf; the stubs with an out-address outside memory are fault",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "fd_fdstat_get", "badf" }, { "fd_fdstat_get", "badf" },
        { "fd_fdstat_get", "fault" },
        { "fd_seek", "fault" }, { "fd_prestat_get", "fault" },
        { "fd_prestat_dir_name", "fault" },
        { "poll_oneoff", "fault" }, { "poll_oneoff", "fault" },
      },
    } },
  },
}
