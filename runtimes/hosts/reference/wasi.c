/*
 * Reference host ops: WASI preview 1 as real hosts serve it (spec
 * semantics.lua, `wasi`).  Standard output and error become log lines,
 * clocks read the host clock, random bytes are deterministic (REF_SEED),
 * the environment and command line are empty, the fd and path calls are
 * stubs.  The glue has checked every pointer and length.
 */
#include "ref.h"

#define LOG_MAX 4096      /* bytes of one fd_write kept for its log line */
#define RANDOM_MAX 65536u /* random_get above this is inval */

/* The seed of random_get: the same bytes in every run (README.md). */
#define REF_SEED UINT64_C(0x7077616269736565)   /* "pwabisee" */

/* fd 1 logs at info, fd 2 at error: the pieces joined, one trailing
   newline dropped; every byte counts as written. */
pw_wasi_errno_t ref_wasi_fd_write(void *host, uint32_t fd, pw_iovecs iovs,
                                  uint32_t *nwritten)
{
  uint8_t text[LOG_MAX];
  uint64_t total = 0;
  size_t n = 0;

  if (fd != 1 && fd != 2)
    return PW_WASI_ERRNO_BADF;
  for (uint32_t i = 0; i < iovs.count; i++) {
    pw_bytes b = pw_iovec(&iovs, i);
    size_t take = b.len < LOG_MAX - n ? b.len : LOG_MAX - n;
    memcpy(text + n, b.ptr, take);
    n += take;
    total += b.len;
  }
  if (n > 0 && n == total && text[n - 1] == '\n')
    n--;
  ref_log(host, fd == 1 ? PW_LOG_LEVEL_INFO : PW_LOG_LEVEL_ERROR,
          (pw_bytes){ text, (uint32_t)n });
  *nwritten = total > UINT32_MAX ? UINT32_MAX : (uint32_t)total;
  return PW_WASI_ERRNO_SUCCESS;
}

/* Both clocks read the host clock (the one proxy_get_current_time_
   nanoseconds reads). */
pw_wasi_errno_t ref_wasi_clock_time_get(void *host, pw_wasi_clockid_t id,
                                        uint64_t precision, uint64_t *time)
{
  (void)precision;
  if (id != PW_WASI_CLOCKID_REALTIME && id != PW_WASI_CLOCKID_MONOTONIC)
    return PW_WASI_ERRNO_NOTSUP;
  *time = ((pw_host *)host)->now;
  return PW_WASI_ERRNO_SUCCESS;
}

/* splitmix64 over a counter from REF_SEED: 8 bytes per step. */
static uint64_t next_random(pw_host *h)
{
  uint64_t z = REF_SEED + ++h->wasi_random * UINT64_C(0x9e3779b97f4a7c15);

  z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
  return z ^ (z >> 31);
}

pw_wasi_errno_t ref_wasi_random_get(void *host, pw_span buf)
{
  if (buf.len > RANDOM_MAX)
    return PW_WASI_ERRNO_INVAL;
  for (uint32_t i = 0; i < buf.len; i += 8) {
    uint64_t r = next_random(host);
    for (uint32_t k = 0; k < 8 && i + k < buf.len; k++)
      buf.ptr[i + k] = (uint8_t)(r >> (8 * k));
  }
  return PW_WASI_ERRNO_SUCCESS;
}

/* No environment, no command line: sizes 0, nothing to copy. */
pw_wasi_errno_t ref_wasi_sizes(void *host, uint32_t *count, uint32_t *size)
{
  (void)host;
  *count = 0;
  *size = 0;
  return PW_WASI_ERRNO_SUCCESS;
}

pw_wasi_errno_t ref_wasi_strings(void *host, pw_out *list, pw_out *buf)
{
  (void)host;
  (void)list;
  (void)buf;
  return PW_WASI_ERRNO_SUCCESS;
}

/* Logged at error (as CH does); the glue then traps naming the status. */
void ref_wasi_proc_exit(void *host, uint32_t rval)
{
  char text[48];
  int n = snprintf(text, sizeof text, "proc_exit(%lu)", (unsigned long)rval);

  ref_log(host, PW_LOG_LEVEL_ERROR,
          (pw_bytes){ (const uint8_t *)text, (uint32_t)n });
}

pw_wasi_errno_t ref_wasi_fd_close(void *host, uint32_t fd)
{
  (void)host;
  (void)fd;
  return PW_WASI_ERRNO_NOTSUP;
}

pw_wasi_errno_t ref_wasi_fd_seek(void *host, uint32_t fd, int64_t offset,
                                 uint32_t whence, uint64_t *newoffset)
{
  (void)host;
  (void)fd;
  (void)offset;
  (void)whence;
  (void)newoffset;
  return PW_WASI_ERRNO_NOTSUP;
}

/* fd 1 and 2: character devices (2), no flags, rights fd_write (64). */
pw_wasi_errno_t ref_wasi_fd_fdstat_get(void *host, uint32_t fd,
                                       pw_out *stat)
{
  uint8_t st[24] = { 2 };

  (void)host;
  if (fd != 1 && fd != 2)
    return PW_WASI_ERRNO_BADF;
  st[8] = 64;
  return pw_out_set(stat, st, sizeof st) ? PW_WASI_ERRNO_NOSYS
                                         : PW_WASI_ERRNO_SUCCESS;
}

/* No pre-opened directories. */
pw_wasi_errno_t ref_wasi_fd_prestat_get(void *host, uint32_t fd, pw_out *buf)
{
  (void)host;
  (void)fd;
  (void)buf;
  return PW_WASI_ERRNO_BADF;
}

pw_wasi_errno_t ref_wasi_fd_prestat_dir_name(void *host, uint32_t fd,
                                             pw_span path)
{
  (void)host;
  (void)fd;
  (void)path;
  return PW_WASI_ERRNO_NOSYS;
}

pw_wasi_errno_t ref_wasi_sched_yield(void *host)
{
  (void)host;
  return PW_WASI_ERRNO_SUCCESS;
}

/* No events, at once (Go's runtime polls). */
pw_wasi_errno_t ref_wasi_poll_oneoff(void *host, uint32_t subscriptions,
                                     pw_out *events, uint32_t nsubscriptions,
                                     uint32_t *nevents)
{
  (void)host;
  (void)subscriptions;
  (void)events;
  (void)nsubscriptions;
  *nevents = 0;
  return PW_WASI_ERRNO_SUCCESS;
}

/* The env extras C toolchains import (spec wasi.extras). */

/* Emscripten's notice that memory grew: the glue re-reads memory on every
   access, so there is nothing to do. */
void ref_env_memory_growth(void *host, uint32_t memory_index)
{
  (void)host;
  (void)memory_index;
}

/* One thread per VM: ids are equal when their numbers are. */
uint32_t ref_env_pthread_equal(void *host, uint32_t a, uint32_t b)
{
  (void)host;
  return a == b;
}
