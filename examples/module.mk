# Example filters (examples/): what a user writes, built with real
# toolchains.  C with the generated guest headers, freestanding
# (wasm32-unknown-unknown, util.c exports the allocator) or WASI
# (wasm32-wasi reactor, libc's malloc exported); AssemblyScript with
# @solo-io/proxy-runtime, installed by `npm ci` into examples/as.
#   make examples        build them into $(BUILD)/examples
#   make lint-examples   `pwabi lint` each: they must lint clean (in check)
#   make test-examples   run each scenarios/<name>.lua on every engine
#                        (in check)

EX_BUILD := $(BUILD)/examples
EX_CC    := clang -O2 -std=c11 -Wall -Wextra -Werror -pedantic
EX_free  := --target=wasm32-unknown-unknown -nostdlib -Wl,--no-entry
EX_wasi  := --target=wasm32-wasi -mexec-model=reactor -Wl,--export=malloc
EX_UTIL  := examples/c/util.c examples/c/util.h
EXAMPLES :=

# A C example: $(call ex_c,name,version,free|wasi)
define ex_c
EXAMPLES += $(EX_BUILD)/$(1).wasm
$(EX_BUILD)/$(1).wasm: examples/c/$(1).c $(EX_UTIL) \
    $(GEN)/$(2)/$(PW_PREFIX_$(2))_guest.h
	@mkdir -p $$(dir $$@)
	$$(SAY) CC "$$@"
	$$(Q)$$(EX_CC) $$(EX_$(3)) -I$(GEN)/$(2) $$< examples/c/util.c -o $$@
endef
$(eval $(call ex_c,add_header,v0_2_1,free))
$(eval $(call ex_c,deny_path,v0_1_0,free))
$(eval $(call ex_c,auth_call,v0_2_1,wasi))
$(eval $(call ex_c,count_requests,v0_1_0,wasi))
$(eval $(call ex_c,shared_queue,v0_2_1,free))

# AssemblyScript: the exact versions of package-lock.json, installed once
# (npm writes node_modules/.package-lock.json).
EX_AS    := examples/as
EX_NPM   := $(EX_AS)/node_modules/.package-lock.json
$(EX_NPM): $(EX_AS)/package.json $(EX_AS)/package-lock.json
	$(SAY) NPM "$(EX_AS)"
	$(Q)cd $(EX_AS) && npm ci --no-audit --no-fund --ignore-scripts

# An AssemblyScript example: $(call ex_as,name) builds as_<name>; asc
# finds the packages from examples/as.
define ex_as
EXAMPLES += $(EX_BUILD)/as_$(1).wasm
$(EX_BUILD)/as_$(1).wasm: $(EX_AS)/$(1)/index.ts $(EX_NPM)
	@mkdir -p $$(dir $$@)
	$$(SAY) ASC "$$@"
	$$(Q)cd $(EX_AS) && node_modules/.bin/asc $(1)/index.ts -b $$(CURDIR)/$$@ \
	    --use abort=abort_proc_exit -O
endef
$(eval $(call ex_as,add_header))

.PHONY: examples lint-examples test-examples
examples: $(EXAMPLES)

# Clean: no finding at all, not even a warning.
lint-examples: $(BUILD)/pwabi $(EXAMPLES)
	@set -e; for m in $(EXAMPLES); do \
	  $(BUILD)/pwabi lint $$m > $$m.lint || { cat $$m.lint; exit 1; }; \
	  if grep -q '^\(error\|warning\) ' $$m.lint; then \
	    cat $$m.lint; exit 1; fi; \
	  echo "lint: $$m: clean"; \
	done

test-examples: $(BUILD)/pwabi $(BUILD)/hosts/reference.so $(EXAMPLES)
	@rc=0; for m in $(EXAMPLES); do for e in $(ENGINES); do \
	  s=examples/scenarios/$$(basename $$m .wasm).lua; \
	  if $(BUILD)/pwabi run --engine $$e --scenario $$s $$m \
	      > $$m.$$e.out 2>&1; then echo "PASS $$e $$m"; \
	  else rc=1; echo "FAIL $$e $$m ($$m.$$e.out)"; \
	    grep '^pwabi:' $$m.$$e.out | head -3; fi; \
	done; done; exit $$rc

check: lint-examples test-examples
