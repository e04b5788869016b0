/*
 * pwabi, the command: the commands of this folder and what they share.
 * The rest (plugins, engines, the driver binding) is runtimes/lib's.
 *
 *   main.c        dispatch through pw_commands[], help, engines, version
 *   run.c         `pwabi run`: flags, module, host, scenario, exit status
 *   transcript.c  the observer: one line per vm event on stdout
 *   scenario.c    scenarios: the driver binding plus events(), expect(),
 *                 tick_period()
 *   state.c       the state a run leaves: the host's dump, then each
 *                 context's maps and buffers
 *   warn.c        a warning after a run: no allocator
 *   default.lua   the scenario run when none is given (embedded)
 */
#ifndef PW_CLI_H
#define PW_CLI_H

#include <stdio.h>

#include "drive.h"
#include "pwlib.h"

typedef struct pw_cli_node pw_cli_node;
typedef struct pw_cli_ctx pw_cli_ctx;

/* An event as the transcript printed it, for scenarios (events()). */
typedef struct pw_cli_rec {
  pw_event_kind kind;
  char *name, *text, *line;
  int has_result;
  uint64_t result;
  int level;              /* indentation level in the transcript */
  uint64_t args[16];
  size_t nargs;
} pw_cli_rec;

/* The transcript. */
typedef struct pw_cli {
  const pw_abi *abi;      /* the plugin's ABI version, for names */
  FILE *out;
  int trapped;            /* a PW_EV_TRAP was seen (also at start) */
  long long tick_ms;      /* last period the guest set; -1: none */
  pw_cli_node **pending;  /* events waiting for the call around them */
  size_t npending, cappending;
  pw_cli_rec *recs;       /* every event printed, in transcript order */
  size_t nrecs, caprecs;
  pw_cli_ctx *ctxs;       /* the contexts the scenario opened (state.c) */
  size_t nctxs;
} pw_cli;

/* A host being driven, for the state; abi: the one its driver's enum
   values are of (pw_drive_enums). */
typedef struct pw_cli_target {
  const pw_host_plugin *hp;
  pw_host *h;
  const pw_abi *abi;
} pw_cli_target;

/* The state (state.c): a context the scenario opened; its maps and
   buffers now, `when` ("at close"); everything, on c->out; freeing. */
void pw_cli_state_note(pw_cli *c, uint32_t ctx);
void pw_cli_state_snap(pw_cli *c, const pw_cli_target *t, uint32_t ctx,
                       const char *when);
void pw_cli_state_print(pw_cli *c, const pw_cli_target *t);
void pw_cli_state_free(pw_cli *c);

/*
 * The observer: one transcript line per event.  The vm reports a call when
 * it ends, after what it contained, so lines wait until the outermost call
 * has ended and are then printed in call order.
 */
void pw_cli_observe(void *ud, const pw_event *ev);
/* Print whatever is still waiting (after each driver call, at the end). */
void pw_cli_flush(pw_cli *c);
/* Free what the transcript holds. */
void pw_cli_transcript_free(pw_cli *c);

/*
 * A scenario: `file`, or the embedded default when NULL, over the driver
 * of hp (d.h is set once the host exists).  Loading compiles it (NULL and
 * a message on stderr on failure: exit 2); running it drives the host and
 * returns a PW_EXIT_* status, messages on stderr.
 */
typedef struct pw_scenario pw_scenario;
pw_scenario *pw_cli_scenario_load(pw_cli *c, const pw_host_plugin *hp,
                                  const char *who, const char *file);
int pw_cli_scenario_run(pw_scenario *s, pw_host *h);
/* The host it drives, for the state (after pw_cli_scenario_run). */
pw_cli_target pw_cli_scenario_target(const pw_scenario *s);
void pw_cli_scenario_free(pw_scenario *s);

/* warn.c: on stderr, after the run of module `who`: it exports no
   allocator. */
void pw_cli_warn(const pw_cli *c, const uint8_t *wasm, size_t len,
                 const char *who);

/* The options of `pwabi run`, for `pwabi --help`. */
void pw_cli_run_usage(FILE *f);

/* The embedded default scenario ($(BUILD)/runtimes/cli/default_lua.c). */
extern const pw_chunk pw_cli_default_lua[];

#endif /* PW_CLI_H */
