return {
  title = "random_get fills the buffer with the reference host's seeded bytes, 8 per generator step; 0 and 64 KiB are allowed",
  kind = "host-defined",
  why = "Real hosts use the system generator; the reference host is deterministic: "
    .. "splitmix64 over a counter from the seed 0x7077616269736565 ('pwabisee'), "
    .. "8 bytes per step (runtimes/hosts/reference/README.md, spec/v0_1_0/semantics.lua "
    .. "wasi.random_get)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "random_get", "success" }, { "proxy_log", "ok" },
        { "random_get", "success" },
        { "random_get", "success" }, { "proxy_log", "ok" },
        { "random_get", "success" }, { "proxy_log", "ok" },
        { "random_get", "success" },
      },
      logs = {
        { "info", "\x16\xc7\xf6\x16\x51\xe2\xe4\x45\x44\x50\x8b\xcc\x7c\x54\xa1\xfc" },
        { "info", "\x26\x5b\x15" },
        { "info", "\xbd\xd3\x60\xe4\x97" },
      },
    } },
  },
}
