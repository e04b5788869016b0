-- Proxy-Wasm ABI 0.2.1, as a difference from 0.2.0 (v0_2_0): one new host
-- function, proxy_get_log_level.  Data only; the format is spec/schema.lua.
-- Facts: ../shared/reference/abi-semantics.md §2.6 and the official
-- document proxy-wasm/spec abi-versions/v0.2.1/README.md, in pwabi's own
-- words.  Errata of this version are numbered from E30.
return {
  version = "v0_2_1",
  title = "Proxy-Wasm ABI 0.2.1",
  c_prefix = "pw_v021",
  extends = "v0_2_0",
  marker = "proxy_abi_version_0_2_1",
  provenance = {
    repository = "proxy-wasm/spec",
    commit = "3a844b8",
    path = "abi-versions/v0.2.1/README.md",
    note = [[Released in August 2020, a day after 0.2.0.  The marker current
SDKs (C++ and Rust) export.  cpp-host treats NullVM plugins as 0.2.1.]],
  },
  rename = { proxy_abi_version_0_2_0 = "proxy_abi_version_0_2_1" },
  modules = {
    { name = "envoy", side = "host", wasm_module = "env",
      doc = "Functions the host provides, imported from module `env`; each "
        .. "returns a wasm_result and passes results through out-pointers.",
      functions = {
        { name = "proxy_get_log_level", group = "Logging", erratum = "E30",
          doc = "Reads the host's current log level.",
          params = {
            { name = "level", type = "ptr<log_level>", dir = "out",
              doc = "Receives the level." },
          },
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
      } },
  },
  errata = {
    { id = "E30", kind = "values",
      summary = "proxy_get_log_level can write a level that log_level does "
        .. "not have.",
      detail = [[The document's proxy_log_level_t runs from trace (0) to
critical (5).  Envoy writes its logger's level, which is 6 when logging is
off.]],
      resolution = "log_level keeps 0..5; a guest must treat a larger value "
        .. "as \"log nothing\"." },
    { id = "E31", kind = "signature",
      summary = "Kong registers proxy_get_log_level with two parameters.",
      detail = [[Kong's ngx_wasm_module registers the import as
(i32, i32) -> i32 instead of (i32) -> i32, so a module importing it with
the documented type does not link there; calling it would trap as not
implemented anyway.]],
      resolution = "The data has the documented (i32) -> i32." },
  },
}
