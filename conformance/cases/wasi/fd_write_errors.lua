local KEPT = { "info", "kept" }
return {
  title = "fd_write to another descriptor is badf; an iovec list, piece or nwritten outside memory is fault; nothing is written",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "fd_write", "badf" }, { "proxy_log", "ok" },
        { "fd_write", "badf" }, { "proxy_log", "ok" },
        { "fd_write", "badf" }, { "proxy_log", "ok" },
        { "fd_write", "fault" }, { "proxy_log", "ok" },
        { "fd_write", "fault" }, { "proxy_log", "ok" },
        { "fd_write", "fault" }, { "proxy_log", "ok" },
        { "fd_write", "fault" }, { "proxy_log", "ok" },
        { "fd_write", "fault" }, { "proxy_log", "ok" },
      },
      logs = { KEPT, KEPT, KEPT, KEPT, KEPT, KEPT, KEPT, KEPT },
    } },
  },
}
