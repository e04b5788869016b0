-- Proxy-Wasm ABI vNEXT, the work-in-progress document: 0.2.1 under a
-- placeholder marker, with no functional change yet (proxy-wasm/spec
-- 3a844b8, January 2025).  Data only; the format is spec/schema.lua.
-- The planned 0.3 work (spec#77: multiple header values, stop iteration and
-- end_of_stream control, more key-value operations, several stores, queues
-- and timers, explicit resource ids, feature flags) is not transcribed.
return {
  version = "vnext",
  title = "Proxy-Wasm ABI vNEXT (work in progress)",
  c_prefix = "pw_vnx",
  extends = "v0_2_1",
  marker = "proxy_abi_version_0_x_x",
  provenance = {
    repository = "proxy-wasm/spec",
    commit = "3a844b8",
    path = "abi-versions/vNEXT/README.md",
    note = [[A copy of the 0.2.1 document under the placeholder marker
proxy_abi_version_0_x_x.  No host accepts that marker: cpp-host knows only
the three released ones, and Kong's debug builds look for
proxy_abi_version_vnext.]],
  },
  rename = { proxy_abi_version_0_2_1 = "proxy_abi_version_0_x_x" },
}
