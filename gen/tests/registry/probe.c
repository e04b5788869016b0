/*
 * Linked against a throwaway version's glue library and the registry:
 * prints what the registry says of every version, and its proxy_log*
 * imports, so the test can see the rename arrive (test_registry.lua).
 */
#include <stdio.h>
#include <string.h>

#include "versions.h"

int main(void)
{
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    printf("%s marker=%s manifest=%s imports=%zu", v->name, v->marker,
           v->manifest, v->abi->nimports);
    for (size_t i = 0; i < v->abi->nimports; i++)
      if (strncmp(v->abi->imports[i].name, "proxy_log", 9) == 0)
        printf(" %s", v->abi->imports[i].name);
    printf("\n");
  }
  return 0;
}
