-- Mutants of WASI preview 1 as proxy hosts serve it (0.1.0 and later; both
-- wasi_snapshot_preview1 and wasi_unstable): runtimes/hosts/reference/wasi.c
-- and the glue.
local F = "runtimes/hosts/reference/wasi.c"
add { id = "wasi-fd-write-any-fd", area = "wasi", file = F,
  find = "  if (fd != 1 && fd != 2)\n    return PW_WASI_ERRNO_BADF;\n  for (",
  replace = "  for (",
  why = "fd_write to an fd other than 1/2 succeeds" }
add { id = "wasi-fd-write-nwritten", area = "wasi", file = F,
  find = "  *nwritten = total > UINT32_MAX ? UINT32_MAX : (uint32_t)total;",
  replace = "  *nwritten = (uint32_t)n;",
  why = "fd_write reports the bytes logged (newline dropped) instead of all written" }
add { id = "wasi-fd-write-level", area = "wasi", file = F,
  find = "  ref_log(host, fd == 1 ? PW_LOG_LEVEL_INFO : PW_LOG_LEVEL_ERROR,",
  replace = "  ref_log(host, PW_LOG_LEVEL_INFO,",
  why = "stderr is logged at info, not error" }
add { id = "wasi-fd-write-newline-kept", area = "wasi", file = F,
  find = "  if (n > 0 && n == total && text[n - 1] == '\\n')\n    n--;",
  replace = "",
  why = "the trailing newline is kept in the log line" }
add { id = "wasi-clock-any-id", area = "wasi", file = F,
  find = "  if (id != PW_WASI_CLOCKID_REALTIME && id != PW_WASI_CLOCKID_MONOTONIC)\n    return PW_WASI_ERRNO_NOTSUP;",
  replace = "  (void)id;",
  why = "the CPU-time clocks answer success" }
add { id = "wasi-clock-zero", area = "wasi", file = F,
  find = "  *time = ((pw_host *)host)->now;\n  return PW_WASI_ERRNO_SUCCESS;",
  replace = "  *time = 0 * ((pw_host *)host)->now;\n  return PW_WASI_ERRNO_SUCCESS;",
  why = "clock_time_get reads 0, not the host clock" }
add { id = "wasi-random-zeros", area = "wasi", file = F,
  find = "      buf.ptr[i + k] = (uint8_t)(r >> (8 * k));",
  replace = "      buf.ptr[i + k] = (uint8_t)(0 * r);",
  why = "random_get fills zeros" }
add { id = "wasi-random-limit", area = "wasi", file = F,
  find = "  if (buf.len > RANDOM_MAX)\n    return PW_WASI_ERRNO_INVAL;", replace = "",
  why = "random_get above the limit is served" }
add { id = "wasi-environ-count", area = "wasi", file = F,
  find = "  *count = 0;", replace = "  *count = 1;",
  why = "the environment has one entry but no bytes" }
add { id = "wasi-fdstat-type", area = "wasi", file = F,
  find = "  uint8_t st[24] = { 2 };", replace = "  uint8_t st[24] = { 4 };",
  why = "stdout is reported as a regular file, not a character device" }
add { id = "wasi-fdstat-any-fd", area = "wasi", file = F,
  find = "  if (fd != 1 && fd != 2)\n    return PW_WASI_ERRNO_BADF;\n  st[8] = 64;",
  replace = "  (void)fd;\n  st[8] = 64;",
  why = "fd_fdstat_get succeeds for any fd" }
add { id = "wasi-prestat-success", area = "wasi", file = F,
  find = "  (void)buf;\n  return PW_WASI_ERRNO_BADF;",
  replace = "  (void)buf;\n  return PW_WASI_ERRNO_SUCCESS;",
  why = "fd_prestat_get claims a pre-opened directory" }
add { id = "wasi-proc-exit-silent", area = "wasi", file = F,
  find = "  ref_log(host, PW_LOG_LEVEL_ERROR,\n          (pw_bytes){ (const uint8_t *)text, (uint32_t)n });",
  replace = "  (void)n, (void)host;",
  why = "proc_exit is not logged" }
for _, v in ipairs(NEW) do
  add { id = "wasi-glue-" .. v .. "-bad-mem-inval", area = "wasi", file = G[v],
    find = "  refused(e, item, 1);\n  return PW_WASI_ERRNO_FAULT;",
    replace = "  refused(e, item, 1);\n  return PW_WASI_ERRNO_INVAL;",
    why = v .. " glue: a WASI pointer outside memory answers inval, not fault" }
end
for _, v in ipairs({ "v0_1_0", "v0_2_1" }) do
  add { id = "wasi-glue-" .. v .. "-nwritten-not-stored", area = "wasi", file = G[v],
    find = "    pw_store32(e, nwritten_ptr, nwritten);\n  }\n  return wasi_guest_status(rc);\n}\n\nuint32_t pw_" .. P[v] .. "_fd_write(",
    replace = "  }\n  return wasi_guest_status(rc);\n}\n\nuint32_t pw_" .. P[v] .. "_fd_write(",
    why = v .. " glue: fd_write never stores nwritten" }
  add { id = "wasi-glue-" .. v .. "-proc-exit-returns", area = "wasi", file = G[v],
    find = "  pw_set_trap(e, \"proc_exit\", why);", replace = "  (void)why;",
    why = v .. " glue: proc_exit returns to the guest instead of ending it" }
end
