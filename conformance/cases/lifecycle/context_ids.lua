return {
  title = "context ids count up from 1 in one sequence for roots and streams, never reused",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec only requires ids that are non-zero, unique while the VM lives, and shared by roots and streams; root_context_id is 0 for a root. CH numbers 1, 2, ... per VM, which the case expects; NGX uses a CRC32 for root ids and a process-wide counter for streams.]],
  setup = "none",
  steps = {
    { "vm_start", as = "r1", expect = { logs = { { "info", "10" } } } },
    { "configure", ctx = "r1" },
    { "tcp_open", ctx = "r1", as = "c1", expect = { logs = { { "info", "21" } } } },
    { "vm_start", as = "r2", expect = { logs = { { "info", "30" } } } },
    { "configure", ctx = "r2" },
    { "tcp_open", ctx = "r2", as = "c2", expect = { logs = { { "info", "43" } } } },
    { "tcp_close", ctx = "c1", dir = "downstream", peer = "remote" },
    { "tcp_close", ctx = "c1", dir = "upstream", peer = "remote" },
    { "tcp_open", ctx = "r1", as = "c3", expect = { logs = { { "info", "51" } } } },
  },
}
