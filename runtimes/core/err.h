/*
 * Errors for people: every layer fills a pw_err and its caller prints it,
 * so the same failure reads the same in every subcommand.
 */
#ifndef PW_ERR_H
#define PW_ERR_H

/* An error message for the caller to print; always NUL-terminated. */
typedef struct pw_err {
  char msg[512];
} pw_err;

void pw_errf(pw_err *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif /* PW_ERR_H */
