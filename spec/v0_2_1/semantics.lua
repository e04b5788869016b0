-- Semantics of Proxy-Wasm ABI 0.2.1, in pwabi's own words: only what is new
-- against 0.2.0.  Data only; the format is spec/schema.lua.
return {
  functions = {

    proxy_abi_version_0_2_1 = {
      summary = "Declares that the module speaks ABI 0.2.1; never called.",
      detail = [[
0.2.1 is 0.2.0 plus proxy_get_log_level.  It is the marker current SDKs
export; when a module exports several markers, cpp-host takes the first in
export order and Kong prefers 0_2_1, then 0_2_0, then 0_1_0.]],
      params = {},
    },

    proxy_get_log_level = {
      summary = "Tells the guest the host's current log level.",
      detail = [[
New in 0.2.1.  Lets a guest skip building messages the host would drop.
The level can change at any time and no callback announces it, so a cached
value can go stale.]],
      callable = "any",
      params = { level = "Receives the level (0..5; Envoy may write 6, "
        .. "erratum E30)." },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The level was written.",
        invalid_memory_access = "`level` lies outside guest memory.",
      },
      hosts = {
        { topic = "support",
          ch = "Registered for 0.2.1 modules only; writes the logger's "
            .. "level (0..6).",
          ngx = "Registered with the wrong type (i32, i32) -> i32 "
            .. "(erratum E31), and a call traps as not implemented." },
      },
    },
  },
}
