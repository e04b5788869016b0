/*
 * The transcript: one line per vm event, in call order, indented two
 * spaces per level of nesting.  Tests and people grep it; keep it stable.
 *
 *   > proxy_on_request_headers(2, 3, 0) = 0     a callback, raw arguments
 *                                               and result
 *   > proxy_on_tick(1)                          ... of a void export
 *   > proxy_on_tick(1) = trap                   ... that trapped
 *   > proxy_on_request_headers(2, 3) = 7 (invalid)  ... not of its type
 *     < proxy_log(level=info, message="hi") = ok
 *                                               a host call inside it:
 *                                               decoded arguments, status
 *     log info: hi                              the guest logged (host)
 *     = local_response: ...                     something the proxy did
 *       > malloc(5) = 1024                      a call inside a host call
 *     ! trap in proxy_on_tick: unreachable: ... the trap that ended it
 *
 * The vm reports a call when it ends, after everything it contained
 * (pw_event.depth says how deep), so events wait in `pending` until the
 * outermost call ends; then the tree is printed in call order.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct pw_cli_node {
  pw_event_kind kind;
  int depth;
  char *line;
  pw_cli_rec rec;           /* what scenarios see; line set when printed */
  pw_cli_node **kids;       /* printed one level deeper */
  size_t nkids;
  pw_cli_node **after;      /* printed at its level, after it and its kids
                               (what the host did during a host call) */
  size_t nafter;
};

static _Noreturn void oom(void)
{
  fputs("pwabi: out of memory\n", stderr);
  exit(PW_EXIT_USAGE);
}

static void *xrealloc(void *p, size_t n)
{
  p = realloc(p, n ? n : 1);
  if (p == NULL)
    oom();
  return p;
}

/* --- one line per event ------------------------------------------------- */

/* Is `v` a valid result of export `name`?  (Enums only; the glue says so
   later, after the vm has reported the call.) */
static int valid_result(const pw_abi *abi, const char *name, uint64_t v)
{
  const pw_export *x = pw_abi_export(abi, name);
  const pw_arg *r = x != NULL ? x->result : NULL;

  if (r == NULL || r->kind != PW_ARG_ENUM)
    return 1;
  return v <= UINT32_MAX && pw_variant_name(abi, r->type, (uint32_t)v);
}

static void callback(pw_cli *c, FILE *f, const pw_event *ev)
{
  size_t i;

  fprintf(f, "> %s(", ev->name);
  for (i = 0; i < ev->nargs; i++)
    fprintf(f, "%s%" PRIu64, i ? ", " : "", ev->args[i]);
  fputc(')', f);
  if (ev->rc == PW_CALL_TRAP)
    fputs(" = trap", f);
  else if (ev->rc == PW_CALL_MISSING)
    fputs(" (not exported)", f);
  else if (ev->has_result)
    fprintf(f, " = %" PRIu64 "%s", ev->result,
            ev->rc == PW_CALL_BAD_RESULT
            || !valid_result(c->abi, ev->name, ev->result) ? " (invalid)"
                                                           : "");
}

static void hostcall(pw_cli *c, FILE *f, const pw_event *ev)
{
  const char *st = NULL;

  fprintf(f, "< %s(%s)", ev->name, ev->text ? ev->text : "");
  if (!ev->has_result) {
    fputs(" = trap", f);
    return;
  }
  st = pw_variant_name(c->abi, pw_status_type(c->abi, ev->name),
                       (uint32_t)ev->result);
  if (st != NULL)
    fprintf(f, " = %s", st);
  else
    fprintf(f, " = %" PRIu64, ev->result);
  if (ev->rejected != NULL)
    fprintf(f, " (rejected %s)", ev->rejected);
  /* The default scenario advances the clock by the period the guest set. */
  if (ev->result == 0 && ev->nargs == 1
      && strcmp(ev->name, "proxy_set_tick_period_milliseconds") == 0)
    c->tick_ms = (long long)(uint32_t)ev->args[0];
}

static void trap(pw_cli *c, FILE *f, const pw_event *ev)
{
  const pw_trap *t = ev->trap;

  c->trapped = 1;
  if (t == NULL)
    fprintf(f, "! trap in %s: %s", ev->name ? ev->name : "?",
            ev->text ? ev->text : "");
  else
    fprintf(f, "! trap in %s: %s: %s",
            t->where[0] ? t->where : (ev->name ? ev->name : "?"),
            pw_trap_kind_name(t->kind), t->msg);
}

static void logged(pw_cli *c, FILE *f, const pw_event *ev)
{
  const char *lv = NULL;

  if (ev->has_result)
    lv = pw_variant_name(c->abi, "log_level", (uint32_t)ev->result);
  if (lv != NULL)
    fprintf(f, "log %s: %s", lv, ev->text ? ev->text : "");
  else
    fprintf(f, "log %" PRIu64 ": %s", ev->result, ev->text ? ev->text : "");
}

/* Text from a host (or a trap message) may hold control bytes; one event
   stays one line.  Returns s, or a new string that replaces it. */
static char *oneline(char *s)
{
  char *t = NULL;
  size_t n = 0;
  const char *p;
  FILE *f;

  for (p = s; *p; p++)
    if ((unsigned char)*p < 0x20 || *p == 0x7f)
      break;
  if (*p == '\0')
    return s;
  if ((f = open_memstream(&t, &n)) == NULL)
    oom();
  for (p = s; *p; p++)
    if ((unsigned char)*p < 0x20 || *p == 0x7f)
      fprintf(f, "\\x%02x", (unsigned char)*p);
    else
      fputc(*p, f);
  fclose(f);
  free(s);
  return t;
}

static char *format(pw_cli *c, const pw_event *ev)
{
  char *line = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&line, &len);

  if (f == NULL)
    oom();
  switch (ev->kind) {
  case PW_EV_CALLBACK: callback(c, f, ev); break;
  case PW_EV_HOSTCALL: hostcall(c, f, ev); break;
  case PW_EV_TRAP: trap(c, f, ev); break;
  case PW_EV_LOG: logged(c, f, ev); break;
  case PW_EV_ACTION:
    fprintf(f, "= %s: %s", ev->name ? ev->name : "?",
            ev->text ? ev->text : "");
    break;
  default:
    fprintf(f, "? event %d", (int)ev->kind);
  }
  fclose(f);
  return oneline(line);
}

/* --- the tree of pending events ----------------------------------------- */

static void append(pw_cli_node ***v, size_t *n, pw_cli_node *x)
{
  *v = xrealloc(*v, (*n + 1) * sizeof **v);
  (*v)[(*n)++] = x;
}

static void push(pw_cli *c, pw_cli_node *x)
{
  if (c->npending == c->cappending) {
    c->cappending = c->cappending ? 2 * c->cappending : 16;
    c->pending = xrealloc(c->pending, c->cappending * sizeof *c->pending);
  }
  c->pending[c->npending++] = x;
}

/* Index of the first of the trailing pending events that `x` contains. */
static size_t contained(pw_cli *c, const pw_cli_node *x)
{
  size_t i = c->npending;

  if (x->kind == PW_EV_CALLBACK)  /* everything deeper */
    while (i > 0 && c->pending[i - 1]->depth > x->depth)
      i--;
  else  /* a host call: what ran at its depth since the previous one */
    while (i > 0 && c->pending[i - 1]->depth >= x->depth
           && c->pending[i - 1]->kind != PW_EV_HOSTCALL)
      i--;
  return i;
}

static void adopt(pw_cli *c, pw_cli_node *x)
{
  pw_cli_node *t = NULL;
  size_t i, from;

  if (x->kind == PW_EV_CALLBACK && c->npending > 0
      && c->pending[c->npending - 1]->kind == PW_EV_TRAP
      && c->pending[c->npending - 1]->depth == x->depth)
    t = c->pending[--c->npending];  /* its own trap: shown last */
  from = contained(c, x);
  for (i = from; i < c->npending; i++) {
    pw_cli_node *k = c->pending[i];
    if (x->kind == PW_EV_HOSTCALL
        && (k->kind == PW_EV_LOG || k->kind == PW_EV_ACTION))
      append(&x->after, &x->nafter, k);
    else
      append(&x->kids, &x->nkids, k);
  }
  c->npending = from;
  if (t != NULL)
    append(&x->kids, &x->nkids, t);
}

static void record(pw_cli *c, pw_cli_node *x, int level)
{
  if (c->nrecs == c->caprecs) {
    c->caprecs = c->caprecs ? 2 * c->caprecs : 64;
    c->recs = xrealloc(c->recs, c->caprecs * sizeof *c->recs);
  }
  x->rec.line = x->line;  /* the record owns it now */
  x->rec.level = level;
  c->recs[c->nrecs++] = x->rec;
}

static void print(pw_cli *c, pw_cli_node *x, int level)
{
  size_t i;

  fprintf(c->out, "%*s%s\n", 2 * level, "", x->line);
  record(c, x, level);
  for (i = 0; i < x->nkids; i++)
    print(c, x->kids[i], level + 1);
  for (i = 0; i < x->nafter; i++)
    print(c, x->after[i], level);
  free(x->kids);
  free(x->after);
  free(x);
}

void pw_cli_flush(pw_cli *c)
{
  size_t i;

  for (i = 0; i < c->npending; i++)
    print(c, c->pending[i], 0);
  c->npending = 0;
  fflush(c->out);
}

void pw_cli_transcript_free(pw_cli *c)
{
  size_t i;

  pw_cli_flush(c);
  for (i = 0; i < c->nrecs; i++) {
    free(c->recs[i].name);
    free(c->recs[i].text);
    free(c->recs[i].line);
  }
  free(c->recs);
  free(c->pending);
  c->recs = NULL;
  c->pending = NULL;
  c->nrecs = c->caprecs = c->npending = c->cappending = 0;
}

static char *xstrdup(const char *s)
{
  size_t n = strlen(s ? s : "") + 1;

  return memcpy(xrealloc(NULL, n), s ? s : "", n);
}

void pw_cli_observe(void *ud, const pw_event *ev)
{
  pw_cli *c = ud;
  pw_cli_node *x = xrealloc(NULL, sizeof *x);

  memset(x, 0, sizeof *x);
  x->kind = ev->kind;
  x->depth = ev->depth;
  x->line = format(c, ev);
  x->rec.kind = ev->kind;
  x->rec.name = xstrdup(ev->name);
  x->rec.text = xstrdup(ev->text);
  x->rec.has_result = ev->has_result;
  x->rec.result = ev->result;
  x->rec.nargs = ev->nargs < 16 ? ev->nargs : 16;
  if (ev->args != NULL)
    memcpy(x->rec.args, ev->args, x->rec.nargs * sizeof *ev->args);
  if (x->kind == PW_EV_CALLBACK || x->kind == PW_EV_HOSTCALL)
    adopt(c, x);
  push(c, x);
  /* An outermost call has ended (a trap waits for its callback). */
  if (x->depth <= 0 && x->kind != PW_EV_TRAP)
    pw_cli_flush(c);
}
