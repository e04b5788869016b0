-- Semantics of Proxy-Wasm ABI vNEXT: 0.2.1's, except for the marker.
return {
  functions = {
    proxy_abi_version_0_x_x = {
      summary = "Placeholder marker of the work-in-progress ABI; never "
        .. "called.",
      detail = [[
No released host recognises it: cpp-host refuses the module ("missing or
unknown ABI version") and Kong's release builds do too.]],
      params = {},
    },
  },
}
