/*
 * The budget clock both engines share (engine.h).  Reading a thread's CPU
 * time is a system call (no vDSO), and arming a timer per call is two:
 * a guest call costs tens of nanoseconds, so neither is done per call.
 * Instead each thread that calls a guest gets, once, a periodic timer on
 * its own CPU time (timer_create, CLOCK_THREAD_CPUTIME_ID, SIGEV_THREAD_ID)
 * whose signal counts ticks; a call notes the count it started at.  The
 * timer only runs while the thread does, so it never wakes an idle
 * process nor interrupts a blocking call (SA_RESTART for the rest).
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "engine.h"

#define TICK_MS 10u
#define TICK_SIGNAL SIGVTALRM

typedef struct clock_state {
  volatile sig_atomic_t made;     /* 1 ticking, -1 the system gives none */
  volatile unsigned long ticks;
  volatile unsigned long start, limit;
  volatile sig_atomic_t active, expired;
  void (*volatile hook)(void);
  uint32_t ms;
  char msg[96];
} clock_state;

static _Thread_local clock_state C;

static void on_tick(int sig)
{
  (void)sig;
  C.ticks++;
  if (!C.active || C.expired || C.ticks - C.start <= C.limit)
    return;
  C.expired = 1;
  if (C.hook != NULL)
    C.hook();
}

/* A forked child has no timer: it makes its own. */
static void forked(void)
{
  C.made = 0;
}

static void once(void)
{
  struct sigaction sa;

  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_tick;
  sa.sa_flags = SA_RESTART | SA_NODEFER;  /* hooks may longjmp out */
  sigaction(TICK_SIGNAL, &sa, NULL);
  pthread_atfork(NULL, NULL, forked);
}

static void start_ticking(void)
{
  static pthread_once_t done = PTHREAD_ONCE_INIT;
  struct sigevent ev;
  struct itimerspec its;
  timer_t t;

  pthread_once(&done, once);
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_THREAD_ID;
  ev.sigev_signo = TICK_SIGNAL;
  ev._sigev_un._tid = gettid();
  memset(&its, 0, sizeof its);
  its.it_value.tv_nsec = its.it_interval.tv_nsec = TICK_MS * 1000000L;
  C.made = timer_create(CLOCK_THREAD_CPUTIME_ID, &ev, &t) == 0
           && timer_settime(t, 0, &its, NULL) == 0 ? 1 : -1;
}

void pw_budget_begin(uint32_t ms, void (*hook)(void))
{
  C.active = 0;
  C.expired = 0;
  if (ms == 0)
    return;
  if (C.made == 0)
    start_ticking();
  C.ms = ms;
  C.hook = hook;
  C.start = C.ticks;
  C.limit = (ms + TICK_MS - 1) / TICK_MS;
  C.active = 1;
}

void pw_budget_end(void)
{
  C.active = 0;
  C.expired = 0;
}

int pw_budget_expired(void)
{
  return C.expired;
}

const char *pw_budget_msg(void)
{
  snprintf(C.msg, sizeof C.msg, "the call ran past its budget of %u ms "
           "of CPU time", (unsigned)C.ms);
  return C.msg;
}
