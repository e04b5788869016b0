/*
 * pwabi, the command-line tool: what its parts share.
 *
 *   main.c        flags, plugin and module loading, exit status
 *   transcript.c  the observer: one line per vm event on stdout
 *   scenario.c    the Lua 5.4 scenario API over the host driver
 *   default.lua   the scenario run when none is given (embedded)
 */
#ifndef PW_CLI_H
#define PW_CLI_H

#include <stdio.h>

#include "args.h"
#include "host.h"

/* Exit statuses of `pwabi run`. */
enum {
  PW_EXIT_OK = 0,       /* ran cleanly */
  PW_EXIT_GUEST = 1,    /* the guest trapped or broke the ABI; an expect
                           failed */
  PW_EXIT_USAGE = 2     /* bad flags, unloadable file, scenario error */
};

typedef struct pw_cli_node pw_cli_node;

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

typedef struct pw_cli {
  const pw_host_plugin *hp;
  pw_host *h;
  const pw_abi *abi;      /* the plugin's ABI version, for names */
  const char *wasm_path;  /* for messages */
  FILE *out;              /* the transcript */
  int guest_failed;       /* a driver call said trap, abi or rejected */
  int trapped;            /* a PW_EV_TRAP was seen (also at start) */
  long long tick_ms;      /* last period the guest set; -1: none */
  pw_cli_node **pending;  /* events waiting for the call around them */
  size_t npending, cappending;
  pw_cli_rec *recs;       /* every event printed, in transcript order */
  size_t nrecs, caprecs;
} pw_cli;

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
 * A scenario: `file`, or the embedded default when NULL.  Loading compiles
 * it (NULL and a message on stderr on failure: exit 2); running it drives
 * c->h and returns a PW_EXIT_* status, messages on stderr.
 */
typedef struct pw_scenario pw_scenario;
pw_scenario *pw_cli_scenario_load(pw_cli *c, const char *file);
int pw_cli_scenario_run(pw_scenario *s);
void pw_cli_scenario_free(pw_scenario *s);
/* A scenario with nothing loaded: the API as globals of a fresh Lua
   state, for callers that bring their own Lua (pwabi certify). */
pw_scenario *pw_cli_scenario_new(pw_cli *c);
struct lua_State *pw_cli_scenario_lua(pw_scenario *s);

/* pwabi certify (conformance/runner/certify.c): argv[1] is "certify". */
int pw_certify_main(int argc, char **argv);

/* The embedded default scenario, one line per chunk, ending with {0, 0}
   ($(BUILD)/runtimes/cli/default_lua.c, made from default.lua). */
typedef struct pw_cli_chunk {
  const char *s;
  size_t n;
} pw_cli_chunk;
extern const pw_cli_chunk pw_cli_default_lua[];

#endif /* PW_CLI_H */
