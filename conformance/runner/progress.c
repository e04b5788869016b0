/*
 * Progress of a certification, cases done / total, on stderr: on a
 * terminal one line rewritten in place and erased at the end; otherwise
 * a plain line at most every PLAIN_EVERY seconds (a quick run prints
 * none).  Each case runs in a forked child, so the children report, and
 * the time of the last plain line is in memory they share.
 */
#include <stdio.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "certify.h"

#define PLAIN_EVERY 10

static struct {
  FILE *out;          /* a copy of stderr: the children redirect theirs */
  int tty;
  time_t *last;       /* shared: when the last plain line was printed */
} pg;

static time_t now(void)
{
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec;
}

void cf_progress_start(void)
{
  int fd = dup(STDERR_FILENO);

  pg.tty = isatty(STDERR_FILENO);
  pg.out = fd >= 0 ? fdopen(fd, "w") : NULL;
  pg.last = mmap(NULL, sizeof *pg.last, PROT_READ | PROT_WRITE,
                 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (pg.last == MAP_FAILED)
    pg.last = NULL;
  else
    *pg.last = now();
}

void cf_progress_case(const cf_run *r, size_t i)
{
  if (pg.out == NULL)
    return;
  if (pg.tty)
    fprintf(pg.out, "\r  certify %s: %zu/%zu cases", r->engine->name, i,
            r->ncases);
  else if (pg.last != NULL && now() - *pg.last >= PLAIN_EVERY) {
    *pg.last = now();
    fprintf(pg.out, "  certify %s: %zu/%zu cases\n", r->engine->name, i,
            r->ncases);
  }
  fflush(pg.out);
}

void cf_progress_end(void)
{
  if (pg.out != NULL && pg.tty)
    fputs("\r\033[K", pg.out);
  if (pg.out != NULL)
    fclose(pg.out);
  if (pg.last != NULL)
    munmap(pg.last, sizeof *pg.last);
  pg.out = NULL;
  pg.last = NULL;
}
