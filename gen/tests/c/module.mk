# The glue unit tests (test_glue.c, written against v1alpha's glue), built
# with gcc and clang, and once more with AddressSanitizer and UBSan.

GLUE_TEST_SRC = generated/v1alpha/pw_v1a_host.c runtimes/core/args.c \
    gen/tests/c/test_glue.c
GLUE_TEST_INC = -Iruntimes/core -Igenerated -Igenerated/v1alpha

test-glue: $(BUILD)/test_glue_gcc $(BUILD)/test_glue_clang \
    $(BUILD)/test_glue_asan $(BUILD)/test_versions
	$(Q)$(BUILD)/test_glue_gcc
	$(Q)$(BUILD)/test_glue_clang
	$(Q)$(BUILD)/test_glue_asan
	$(Q)$(BUILD)/test_versions

# The glue of every version in the registry, table-driven (ASan+UBSan).
VERS_TEST_SRC = $(foreach v,$(PW_VERSIONS),\
    $(GEN)/$(v)/$(PW_PREFIX_$(v))_host.c) runtimes/core/args.c \
    runtimes/core/versions.c gen/tests/c/test_versions.c

$(BUILD)/test_versions: $(VERS_TEST_SRC) $(GEN_H)
	@mkdir -p $(BUILD)
	$(Q)gcc $(WARN) -O1 -g -fsanitize=address,undefined \
	    -fno-sanitize-recover=all -Iruntimes/core $(GEN_INC) \
	    $(VERS_TEST_SRC) $(CHECK) -o $@

$(BUILD)/test_glue_%: $(GLUE_TEST_SRC) $(GEN_H)
	@mkdir -p $(BUILD)
	$(Q)$* $(WARN) -O2 $(GLUE_TEST_INC) $(GLUE_TEST_SRC) $(CHECK) -o $@

$(BUILD)/test_glue_asan: $(GLUE_TEST_SRC) $(GEN_H)
	@mkdir -p $(BUILD)
	$(Q)gcc $(WARN) -O1 -g -fsanitize=address,undefined \
	    -fno-sanitize-recover=all $(GLUE_TEST_INC) $(GLUE_TEST_SRC) \
	    $(CHECK) -o $@
