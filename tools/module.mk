# Installing pwabi (tools/): `make install PREFIX=... DESTDIR=...` and
# `make uninstall`; the man page pwabi(1), rendered from `pwabi --help`
# (man.lua); pkg-config files; and the tests, run by `make check`:
# test-install (test_install.sh) and test-readme (test_readme.sh, the
# README's runnable commands).  No root is needed when PREFIX is
# writable.
#
#   bin/pwabi                         the command
#   lib/libpwabi_rt.a                 runtime: vm, engines, every glue
#   lib/libpwabi_<v>.a                one version's glue
#   lib/pwabi/hosts/reference.so      the reference host (default --host)
#   lib/pkgconfig/pwabi.pc            host plugins: headers only
#   lib/pkgconfig/pwabi-rt.pc         programs that embed the runtime
#   include/pwabi/                    host, engine and vm contracts, the
#                                     generated host and guest headers
#   share/pwabi/                      pwabi's data (runtimes/lib/data.c):
#                                     conformance/, generated/ manifests
#                                     and docs/, wasm/ (built cases)
#   share/man/man1/pwabi.1

PREFIX  ?= /usr/local
DESTDIR ?=
INSTALL ?= install
I_ROOT   = $(DESTDIR)$(PREFIX)
I_DATA   = $(I_ROOT)/share/pwabi
I_INC    = $(I_ROOT)/include/pwabi
I_HOSTS  = $(I_ROOT)/lib/pwabi/hosts
I_PC     = $(I_ROOT)/lib/pkgconfig
I_MAN    = $(I_ROOT)/share/man/man1

INST_HDRS = $(wildcard runtimes/core/*.h) $(GEN)/pw_host.h \
    $(GEN)/versions.def $(foreach v,$(PW_VERSIONS),\
    $(wildcard $(GEN)/$(v)/*.h $(GEN)/$(v)/*.def))
# Relative to the tree, installed at the same place under share/pwabi.
INST_DATA = $(sort $(wildcard conformance/cases/*/*.lua \
    conformance/cases/*/*.wat conformance/profiles/*.lua)) \
    generated/versions.def \
    $(wildcard generated/docs/*.html generated/docs/*.css) \
    $(foreach v,$(PW_VERSIONS),generated/$(v)/manifest.tsv)
INST_WASM = $(CASE_WASM)
PC_FILES  = $(BUILD)/pwabi.pc $(BUILD)/pwabi-rt.pc
MAN_PAGE  = $(BUILD)/pwabi.1

.PHONY: install uninstall test-install test-readme

build: $(MAN_PAGE)

$(MAN_PAGE): tools/man.lua $(BUILD)/pwabi
	$(SAY) MAN "$@"
	$(Q)$(LUA) tools/man.lua $(BUILD)/pwabi > $@.tmp
	$(Q)mv $@.tmp $@

# PREFIX is what the .pc files say; it must be absolute.
$(BUILD)/%.pc: tools/%.pc.in $(BUILD)/pwabi FORCE
	$(Q)sed -e 's|@PREFIX@|$(abspath $(PREFIX))|' \
	    -e "s|@VERSION@|$$($(BUILD)/pwabi version | sed -n 's/^pwabi //p')|" \
	    $< > $@

# $(call inst_rel,FILES,DEST): each file at its relative path under DEST.
define inst_rel
	$(Q)for f in $(1); do \
	  $(INSTALL) -D -m 644 "$$f" "$(2)/$$f" || exit 1; done
endef

install: build $(PC_FILES) $(INST_WASM)
	$(SAY) INST "$(I_ROOT)"
	$(Q)$(INSTALL) -d $(I_ROOT)/bin $(I_ROOT)/lib $(I_HOSTS) $(I_PC) \
	    $(I_INC) $(I_MAN) $(I_DATA)
	$(Q)$(INSTALL) -m 755 $(BUILD)/pwabi $(I_ROOT)/bin/pwabi
	$(Q)$(INSTALL) -m 644 $(RT_LIB) $(GLUE_LIBS) $(I_ROOT)/lib/
	$(Q)$(INSTALL) -m 755 $(REF_SO) $(I_HOSTS)/reference.so
	$(Q)$(INSTALL) -m 644 $(PC_FILES) $(I_PC)/
	$(Q)$(INSTALL) -m 644 $(INST_HDRS) $(I_INC)/
	$(Q)$(INSTALL) -m 644 $(MAN_PAGE) $(I_MAN)/pwabi.1
	$(call inst_rel,$(INST_DATA),$(I_DATA))
	$(Q)cd $(BUILD) && for f in $(INST_WASM:$(BUILD)/%=%); do \
	  $(INSTALL) -D -m 644 "$$f" "$(abspath $(I_DATA))/$$f" || exit 1; done

uninstall:
	$(SAY) RM "$(I_ROOT)"
	$(Q)rm -f $(I_ROOT)/bin/pwabi $(I_MAN)/pwabi.1 \
	    $(I_PC)/pwabi.pc $(I_PC)/pwabi-rt.pc \
	    $(I_ROOT)/lib/$(notdir $(RT_LIB)) \
	    $(foreach l,$(GLUE_LIBS),$(I_ROOT)/lib/$(notdir $(l)))
	$(Q)rm -rf $(I_ROOT)/lib/pwabi $(I_INC) $(I_DATA)

# Install into a temporary prefix and use it from elsewhere.
test-install: build
	$(SAY) TEST "install (tools/test_install.sh)"
	$(Q)sh tools/test_install.sh "$(MAKE) --no-print-directory -s \
	    BUILD=$(BUILD)"

check: test-install

# Every runnable block of the README (tools/test_readme.sh says which).
test-readme: build $(FX_SO) $(BUILD)/wasm/stamp
	$(SAY) TEST "README commands (tools/test_readme.sh)"
	$(Q)sh tools/test_readme.sh README.md

check: test-readme
