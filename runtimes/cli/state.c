/*
 * The state a run leaves, printed after the transcript.  A stable format
 * (runtimes/cli/SCENARIOS.md); tests and people grep it:
 *
 *   == state                     the host's own dump, one item a line
 *   ...                          (host-defined)
 *   == context 2 at close        one block per context the scenario
 *                                opened (vm_start, http_open, tcp_open),
 *                                in id order, as it was when the
 *                                scenario closed it, else at the end
 *   map request_headers: 3 pairs    every map and buffer the host holds
 *     ":method": "GET"              for it; empty ones are left out
 *   buffer http_request_body: 5 bytes, flags 1
 *     "hello"
 *
 * Bytes are quoted; a quote, a backslash and bytes outside printable
 * ASCII are written \xNN.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "pairs.h"

struct pw_cli_ctx {
  uint32_t id;
  char *when;               /* "at close", "at end" */
  char *text;               /* its maps and buffers; NULL: not yet seen */
};

static void put_bytes(FILE *f, const uint8_t *p, size_t n)
{
  fputc('"', f);
  for (size_t i = 0; i < n; i++)
    if (p[i] < 0x20 || p[i] >= 0x7f || p[i] == '"' || p[i] == '\\')
      fprintf(f, "\\x%02x", p[i]);
    else
      fputc(p[i], f);
  fputc('"', f);
}

static void put_map(FILE *f, const char *name, const pw_out *o)
{
  pw_pairs_iter it;
  pw_pairs_entry e;

  pw_pairs_begin(&it, o->data, (uint32_t)o->len);
  fprintf(f, "map %s: %u pairs\n", name, it.count);
  while (pw_pairs_next(&it, &e)) {
    fputs("  ", f);
    put_bytes(f, e.key, e.key_len);
    fputs(": ", f);
    put_bytes(f, e.value, e.value_len);
    fputc('\n', f);
  }
  if (it.err != PW_PAIRS_OK)
    fprintf(f, "  <malformed pairs: %s>\n", pw_pairs_error_name(it.err));
}

/* Every non-empty map (type "headers_type") or buffer of ctx. */
static void put_all(FILE *f, const pw_cli_target *t, uint32_t ctx,
                    const char *type)
{
  const pw_abi *abi = t->abi;
  uint32_t flags;

  for (size_t i = 0; i < abi->nvariants; i++) {
    const pw_variant *v = &abi->variants[i];
    pw_out o = PW_OUT_INIT;
    int map = strcmp(type, "headers_type") == 0;

    if (strcmp(v->type, type) != 0)
      continue;
    if ((map ? t->hp->get_map(t->h, ctx, v->value, &o)
             : t->hp->get_buffer(t->h, ctx, v->value, &o, &flags))
        == PW_DRV_OK && o.len > 0) {
      if (map)
        put_map(f, v->name, &o);
      else {
        fprintf(f, "buffer %s: %u bytes, flags %u\n  ", v->name, o.len,
                flags);
        put_bytes(f, o.data, o.len);
        fputc('\n', f);
      }
    }
    pw_out_free(&o);
  }
}

static pw_cli_ctx *ctx_of(pw_cli *c, uint32_t id)
{
  pw_cli_ctx *x;

  for (size_t i = 0; i < c->nctxs; i++)
    if (c->ctxs[i].id == id)
      return &c->ctxs[i];
  if ((x = realloc(c->ctxs, (c->nctxs + 1) * sizeof *x)) == NULL)
    abort();
  c->ctxs = x;
  x = &c->ctxs[c->nctxs++];
  memset(x, 0, sizeof *x);
  x->id = id;
  return x;
}

void pw_cli_state_note(pw_cli *c, uint32_t ctx)
{
  ctx_of(c, ctx);
}

void pw_cli_state_snap(pw_cli *c, const pw_cli_target *t, uint32_t ctx,
                       const char *when)
{
  pw_cli_ctx *x = ctx_of(c, ctx);
  size_t n = 0;
  FILE *f;

  free(x->text);
  free(x->when);
  x->text = NULL;
  x->when = strdup(when);
  if (t->hp->get_map == NULL || t->hp->get_buffer == NULL
      || (f = open_memstream(&x->text, &n)) == NULL)
    return;
  put_all(f, t, ctx, "headers_type");
  put_all(f, t, ctx, "buffer_type");
  fclose(f);
}

static int by_id(const void *a, const void *b)
{
  uint32_t x = ((const pw_cli_ctx *)a)->id, y = ((const pw_cli_ctx *)b)->id;

  return (x > y) - (x < y);
}

void pw_cli_state_print(pw_cli *c, const pw_cli_target *t)
{
  if (t->hp->dump != NULL) {
    fputs("== state\n", c->out);
    t->hp->dump(t->h, c->out);
  }
  if (c->nctxs > 0)
    qsort(c->ctxs, c->nctxs, sizeof *c->ctxs, by_id);
  for (size_t i = 0; i < c->nctxs; i++) {
    pw_cli_ctx *x = &c->ctxs[i];
    if (x->when == NULL)
      pw_cli_state_snap(c, t, x->id, "at end");
    fprintf(c->out, "== context %u %s\n%s", x->id, x->when,
            x->text ? x->text : "");
  }
}

void pw_cli_state_free(pw_cli *c)
{
  for (size_t i = 0; i < c->nctxs; i++) {
    free(c->ctxs[i].when);
    free(c->ctxs[i].text);
  }
  free(c->ctxs);
  c->ctxs = NULL;
  c->nctxs = 0;
}
