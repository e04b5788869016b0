return {
  title = "proxy_get_property reports serialization_failure and internal_failure for values it cannot return",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[Which properties fail depends on the host: Envoy gives serialization_failure for a CEL value of a type it cannot encode and internal_failure when extracting a field fails; NGX returns strings only (and traps on extraction errors). The reference host reserves pwabi.unserializable and pwabi.broken for these two failures (runtimes/hosts/reference/README.md, "The simulated world"), which the case uses; the statuses and "nothing written" are what every host must give for such properties.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_property", "serialization_failure", out = { value = false, value_len = false } },
        { "proxy_get_property", "serialization_failure", out = { value = false, value_len = false } },
        { "proxy_get_property", "internal_failure", out = { value = false, value_len = false } },
        { "proxy_get_property", "internal_failure", out = { value = false, value_len = false } },
      },
    } },
  },
}
