/*
 * Shared helpers of the C examples (util.h).  Built freestanding, it also
 * provides the allocator the host needs (exported as malloc) and the
 * memcpy/memset the compiler may call; a WASI build gets those from libc.
 */
#include "util.h"

#ifndef __wasi__
extern unsigned char __heap_base;
static uintptr_t heap_top;

#define PAGE 65536u

/* A bump allocator: filters here allocate little and never free. */
__attribute__((export_name("malloc")))
void *malloc(size_t size)
{
  uintptr_t p, end, have;

  if (heap_top == 0)
    heap_top = (uintptr_t)&__heap_base;
  p = (heap_top + 7) & ~(uintptr_t)7;
  end = p + size;
  have = __builtin_wasm_memory_size(0) * PAGE;
  if (end > have
      && __builtin_wasm_memory_grow(0, (end - have + PAGE - 1) / PAGE)
             == (size_t)-1)
    return NULL;
  heap_top = end;
  return (void *)p;
}

void *memcpy(void *dst, const void *src, size_t n)
{
  unsigned char *d = dst;
  const unsigned char *s = src;

  while (n--)
    *d++ = *s++;
  return dst;
}

void *memset(void *dst, int c, size_t n)
{
  unsigned char *d = dst;

  while (n--)
    *d++ = (unsigned char)c;
  return dst;
}
#endif

__attribute__((weak, export_name("proxy_on_vm_start")))
uint32_t proxy_on_vm_start(uint32_t root_id, uint32_t vm_config_len)
{
  (void)root_id;
  (void)vm_config_len;
  return 1;
}

__attribute__((weak, export_name("proxy_on_configure")))
uint32_t proxy_on_configure(uint32_t root_id, uint32_t config_len)
{
  (void)root_id;
  (void)config_len;
  return 1;
}

__attribute__((weak, export_name("proxy_on_context_create")))
void proxy_on_context_create(uint32_t context_id, uint32_t root_id)
{
  (void)context_id;
  (void)root_id;
}

uint32_t ex_len(const char *s)
{
  uint32_t n = 0;

  while (s[n] != '\0')
    n++;
  return n;
}

int ex_prefix(ex_str a, ex_str b)
{
  uint32_t i;

  if (b.n > a.n)
    return 0;
  for (i = 0; i < b.n; i++)
    if (a.p[i] != b.p[i])
      return 0;
  return 1;
}

int ex_eq(ex_str a, ex_str b)
{
  return a.n == b.n && ex_prefix(a, b);
}

uint32_t ex_copy(char *buf, uint32_t cap, ex_str s)
{
  uint32_t i, n = s.n < cap ? s.n : cap - 1;

  for (i = 0; i < n; i++)
    buf[i] = s.p[i];
  buf[n] = '\0';
  return n;
}

static void put32(char *p, uint32_t v)
{
  p[0] = (char)v;
  p[1] = (char)(v >> 8);
  p[2] = (char)(v >> 16);
  p[3] = (char)(v >> 24);
}

uint32_t ex_pairs(char *buf, uint32_t cap, const ex_str *kv, uint32_t n)
{
  uint32_t i, at = 4 + 8 * n, need = at;

  for (i = 0; i < 2 * n; i++)
    need += kv[i].n + 1;
  if (need > cap)
    return 0;
  put32(buf, n);
  for (i = 0; i < 2 * n; i++) {
    put32(buf + 4 + 4 * i, kv[i].n);
    at += ex_copy(buf + at, kv[i].n + 1, kv[i]) + 1;
  }
  return need;
}
