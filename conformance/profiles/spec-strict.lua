-- The spec as written: every case must pass, no expected failure allowed
-- (the runner rejects this profile if it lists any), host defaults.
return {
  title = "the Proxy-Wasm ABI as specified, no deviations",
  strict = true,
  xfail = {},
}
